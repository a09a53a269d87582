package org.meetingdesk.registration;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.meetingdesk.registration.Fixtures.delegate;
import static org.meetingdesk.registration.Fixtures.meeting;
import static org.meetingdesk.registration.Fixtures.organization;
import static org.meetingdesk.registration.Fixtures.publish;
import static org.meetingdesk.registration.Fixtures.register;
import static org.meetingdesk.registration.Fixtures.request;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.support.DynamoCalls;
import org.meetingdesk.support.DynamoDbLocalResource;
import org.meetingdesk.support.GreenMailResource;

/**
 * {@code register} is the busiest write when a letter goes out; on Lambda every DynamoDB call is
 * latency and every transaction costs double capacity. This holds it to its budget (measured by the
 * benchmark against a raw TransactWriteItems): two reads the rules need (the meeting; the organization
 * with its approval settings), one transaction, and one single-item write per mail sent.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
@QuarkusTestResource(GreenMailResource.class)
class RegisterCostTest {

    @Test
    void aFirstRegistrationReadsTwiceWritesOneTransactionAndMarksItsMailSent() {
        // Automatic approval: one mail (to the delegate); the rules read the meeting (GetItem) and
        // the organization with its approval settings (one key query on their shared partition).
        organization("RC-UNI", "ACADEMIA", "CH", true, "rc-fp@example.org");
        String m = publish(meeting("SG11", "HYBRID"));
        String token = delegate("rc-first", "RC-UNI");

        DynamoCalls.reset();
        register(token, request(m, "First Comer", "RC-UNI")).statusCode(200).body("status", equalTo("APPROVED"));
        List<String> calls = DynamoCalls.calls();

        // No read of the caller's registrations first (the transaction's guard refuses a second one),
        // the outbox item is written already claimed by this request (no claim write), and the
        // single-item "sent" mark is a conditional UpdateItem, not a one-item transaction.
        assertEquals(List.of("GetItem", "Query", "TransactWriteItems", "UpdateItem"), calls);
    }

    @Test
    void aRepeatedRequestStillAnswersTheSameRegistration() {
        organization("RC-UNI2", "ACADEMIA", "CH", true, "rc-fp2@example.org");
        String m = publish(meeting("SG12", "HYBRID"));
        String token = delegate("rc-repeat", "RC-UNI2");
        String id = register(token, request(m, "Repeat Caller", "RC-UNI2")).statusCode(200).extract().path("id");

        DynamoCalls.reset();
        register(token, request(m, "Repeat Caller", "RC-UNI2")).statusCode(200).body("id", equalTo(id));
        // The guard refuses the copy; only then is the earlier registration read (its guard, then it).
        assertEquals(List.of("GetItem", "Query", "TransactWriteItems", "GetItem", "GetItem"), DynamoCalls.calls());
    }
}
