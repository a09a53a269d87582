package org.meetingdesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meetingdesk.registration.Fixtures.mailsTo;
import static org.meetingdesk.registration.Fixtures.subject;
import static org.meetingdesk.support.Api.as;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.support.DynamoDbLocalResource;
import org.meetingdesk.support.GreenMailResource;
import org.meetingdesk.support.TestClock;
import org.meetingdesk.sweep.SweepReport;
import org.meetingdesk.sweep.SweepService;

/**
 * The sweep's mail effects against a real SMTP server: a focal-point digest before registration
 * closes, contribution reminders to delegates and the group's list, and expiry at the opening —
 * each sent once however often the tick arrives.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
@QuarkusTestResource(GreenMailResource.class)
class SweepMailTest {

    @Inject
    SweepService sweep;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private SweepReport tick(String at) {
        clock.set(Instant.parse(at));
        return sweep.sweep(at);
    }

    @Test
    void digestsRemindersAndExpiryGoOutOnce() {
        Fixtures.organization("SWEEP-ORG", "SECTOR_MEMBER", "CH", false, "fp-sweep@example.org");
        Map<String, Object> m = Fixtures.meeting("SG9", "VIRTUAL");
        m.put("start", "2089-06-06");
        m.put("end", "2089-06-08");
        String meeting = Fixtures.publish(m); // registration closes at the end of 6 May 2089 (22:00 UTC)
        clock.set(Instant.parse("2089-04-01T08:00:00Z"));
        Fixtures.register(Fixtures.delegate("alice-sweep", "SWEEP-ORG"), Fixtures.request(meeting, "Alice Sweep", "SWEEP-ORG"))
                .statusCode(200);
        String bobId = Fixtures.register(Fixtures.delegate("bob-sweep", "SWEEP-ORG"), Fixtures.request(meeting, "Bob Sweep", "SWEEP-ORG"))
                .statusCode(200).extract().path("id");
        as(Fixtures.focalPoint("fp-sweep@example.org", "SWEEP-ORG")).body(Map.of("id", bobId, "decision", "APPROVE"))
                .post("/decideRegistration").then().statusCode(200);
        int before = digests().size();

        // Seven days before registration closes: one digest, listing the request still pending.
        for (int i = 0; i < 3; i++) {
            tick("2089-04-29T22:00:00Z");
        }
        List<MimeMessage> digests = digests();
        assertEquals(before + 1, digests.size(), "one digest however often the tick arrives");
        assertTrue(subject(digests.get(digests.size() - 1)).contains("1 registration(s) for " + meeting));

        // Seven days before the contribution deadline (end of 24 May): delegates and the group's list.
        SweepReport report = tick("2089-05-17T22:00:00Z");
        assertTrue(report.remindersQueued() >= 3, report.toString());
        tick("2089-05-17T22:00:00Z");
        for (String to : List.of("alice-sweep@example.org", "bob-sweep@example.org", "sg9@lists.meetingdesk.example")) {
            long reminders = mailsTo(to, 1).stream().filter(x -> subject(x).startsWith(meeting + ": Member contributions")).count();
            assertEquals(1, reminders, to);
        }

        // At the opening, the request still pending expires; the delegate and the focal point are told.
        SweepReport opening = tick("2089-06-06T07:30:00Z");
        assertEquals(1, opening.requestsExpired(), opening.toString());
        tick("2089-06-06T07:30:00Z");
        assertEquals(1, mailsTo("alice-sweep@example.org", 1).stream().filter(x -> subject(x).startsWith("Registration expired")).count());
        assertTrue(mailsTo("fp-sweep@example.org", 1).stream().anyMatch(x -> subject(x).startsWith("Registration expired")));
        assertTrue(GreenMailResource.server().getReceivedMessages().length > 0);
    }

    private static List<MimeMessage> digests() {
        return mailsTo("fp-sweep@example.org", 0).stream().filter(x -> subject(x).contains("await your approval")).toList();
    }
}
