package org.meetingdesk.deadline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.meetingdesk.support.Api.anonymous;

import java.time.Clock;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.sample.SampleData;
import org.meetingdesk.support.DynamoDbLocalResource;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class DeadlineFunctionsTest {

    @Inject
    Clock clock;

    @Test
    void upcomingSampleHasEveryWindowOpen() {
        anonymous().get("/deadlines?meeting=" + SampleData.upcomingId(clock)).then().statusCode(200)
                .body("kind", contains("TRANSLATION", "FELLOWSHIP", "INTERPRETATION", "REGISTRATION", "VISA", "CONTRIBUTION"))
                .body("open", everyItem(equalTo(true)));
    }

    @Test
    void deadlinesAtAnInstantInTheReadersZone() {
        anonymous().get("/deadlines?meeting=SG13-2020-12-07&at=2020-11-07T22:59:59Z&zone=Asia/Shanghai").then()
                .statusCode(200)
                .body("open", contains(false, true, true))
                .body("[1].remaining", equalTo("PT1S"))
                .body("[1].closesAt", equalTo("2020-11-08T00:00:00+01:00"))
                .body("[1].closesAtLocal", equalTo("2020-11-08T07:00:00+08:00"))
                .body("[1].localZone", equalTo("Asia/Shanghai"))
                .body("[1].rule", equalTo("start minus 1 calendar month"));
    }

    @Test
    void checkDeadlineOneSecondEitherSide() {
        anonymous().queryParam("meeting", "SG13-2020-12-07").queryParam("kind", "REGISTRATION")
                .queryParam("at", "2020-11-07T23:59:59+01:00").get("/checkDeadline")
                .then().statusCode(200).body("onTime", equalTo(true)).body("by", equalTo("PT1S"));
        anonymous().queryParam("meeting", "SG13-2020-12-07").queryParam("kind", "REGISTRATION")
                .queryParam("at", "2020-11-08T00:00:01+01:00").get("/checkDeadline")
                .then().statusCode(200).body("onTime", equalTo(false)).body("by", equalTo("PT1S"))
                .body("closesAt", equalTo("2020-11-08T00:00:00+01:00"));
        // Summer time: the SG2 registration deadline closes at 22:00 UTC.
        anonymous().get("/checkDeadline?meeting=SG2-2020-09-07&kind=REGISTRATION&at=2020-08-07T21:59:59Z")
                .then().statusCode(200).body("onTime", equalTo(true));
        anonymous().get("/checkDeadline?meeting=SG2-2020-09-07&kind=REGISTRATION&at=2020-08-07T22:00:00Z")
                .then().statusCode(200).body("onTime", equalTo(false));
    }

    @Test
    void badInputNamesTheField() {
        anonymous().get("/deadlines?meeting=SG13-2020-12-07&at=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        anonymous().get("/deadlines?meeting=SG13-2020-12-07&zone=Mars/Olympus").then().statusCode(400)
                .body("errors[0].field", equalTo("zone"));
        anonymous().get("/checkDeadline?meeting=SG13-2020-12-07&kind=LUNCH").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        anonymous().get("/checkDeadline?meeting=SG13-2020-12-07").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        anonymous().get("/checkDeadline?meeting=SG13-2020-12-07&kind=FELLOWSHIP").then().statusCode(404);
        anonymous().get("/deadlines?meeting=SG1-1999-01-01").then().statusCode(404);
        anonymous().body("{\"meeting\":\"SG13-2020-12-07\",\"kind\":\"REGISTRATION\",\"extra\":1}").post("/checkDeadline")
                .then().statusCode(400).body("errors[0].field", equalTo("extra"));
    }
}
