package org.meetingdesk.resilience;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.meetingdesk.support.Api.anonymous;
import static org.meetingdesk.support.Api.secretariat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.support.DynamoDbLocalResource;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class LimitsAndOutageTest {

    @AfterEach
    void restore() {
        DynamoDbLocalResource.proxy().restore();
    }

    @Test
    void oversizedBodiesAreRefusedEarly() {
        String big = "{\"title\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}";
        anonymous().body(big).post("/meetings").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void deepNestingIsA400() {
        String deep = "{\"id\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        anonymous().body(deep).post("/meeting").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", notNullValue());
    }

    @Test
    void storeOutageIs503WithRetryAfterAndServiceResumes() {
        anonymous().get("/meeting?id=SG13-2020-12-07").then().statusCode(200);
        DynamoDbLocalResource.proxy().cut();
        anonymous().get("/meeting?id=SG13-2020-12-07").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", equalTo("https://meetingdesk.org/problems/store-unavailable"));
        secretariat().body(MeetingSamples.meeting("SG16", "2033-06-06")).post("/publishMeeting").then().statusCode(503);
        DynamoDbLocalResource.proxy().restore();
        anonymous().get("/meeting?id=SG13-2020-12-07").then().statusCode(200);
        // Nothing half-written: the publish that failed during the outage left no meeting behind.
        anonymous().get("/meeting?id=SG16-2033-06-06").then().statusCode(404);
    }
}
