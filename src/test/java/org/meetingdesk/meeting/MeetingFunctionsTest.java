package org.meetingdesk.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.meetingdesk.support.Api.anonymous;
import static org.meetingdesk.support.Api.as;
import static org.meetingdesk.support.Api.secretariat;
import static org.meetingdesk.support.Api.token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.support.DynamoDbLocalResource;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class MeetingFunctionsTest {

    static Map<String, Object> meeting(String group, String start, String end) {
        Map<String, Object> m = new HashMap<>();
        m.put("group", group);
        m.put("title", "Test meeting of " + group);
        m.put("start", start);
        m.put("end", end);
        m.put("openingTime", "09:30");
        m.put("closingTime", "17:30");
        m.put("mode", "ON_SITE");
        m.put("place", "Geneva");
        m.put("languages", List.of("en"));
        m.put("fellowships", true);
        m.put("visaSupport", true);
        m.put("letter", Map.of("reference", "TSB Collective letter 99/" + group, "date", "2030-01-10"));
        return m;
    }

    @Test
    void seedMeetingHasItsThreeStatedDeadlines() {
        anonymous().get("/meeting?id=SG13-2020-12-07").then().statusCode(200)
                .body("id", equalTo("SG13-2020-12-07"))
                .body("group", equalTo("SG13"))
                .body("chair", equalTo("Mr Leo Lehmann (Switzerland)"))
                .body("mode", equalTo("VIRTUAL"))
                .body("openingTime", equalTo("10:00"))
                .body("contact.email", equalTo("tsbsg13@itu.int"))
                .body("letter.reference", equalTo("TSB Collective letter 12/13"))
                .body("deadlines.kind", contains("TRANSLATION", "REGISTRATION", "CONTRIBUTION"))
                .body("deadlines.date", contains("2020-10-07", "2020-11-07", "2020-11-24"))
                .body("deadlines.override", contains(false, false, false))
                .body("deadlines.open", contains(false, false, false))
                .body("deadlines[1].closesAt", equalTo("2020-11-08T00:00:00+01:00"));
    }

    @Test
    void publishComputesAndOverridesDeadlines() {
        Map<String, Object> m = meeting("SG11", "2030-03-18", "2030-03-22");
        m.put("deadlines", List.of(Map.of("kind", "REGISTRATION", "date", "2030-02-11")));
        secretariat().body(m).post("/publishMeeting").then().statusCode(200)
                .body("id", equalTo("SG11-2030-03-18"))
                .body("revision", equalTo(1))
                .body("deadlines.kind", contains("TRANSLATION", "FELLOWSHIP", "REGISTRATION", "VISA", "CONTRIBUTION"))
                .body("deadlines.date", contains("2030-01-18", "2030-02-04", "2030-02-11", "2030-02-18", "2030-03-05"))
                .body("deadlines[2].override", equalTo(true))
                .body("deadlines[2].ruleDate", equalTo("2030-02-18"))
                .body("deadlines[2].rule", equalTo("start minus 1 calendar month"))
                .body("deadlines[0].override", equalTo(false));
        anonymous().get("/meeting?id=SG11-2030-03-18").then().statusCode(200).body("revision", equalTo(1));
        // Publishing again replaces it (revision 2), and a moved start moves every deadline.
        m.put("id", "SG11-2030-03-18");
        m.put("start", "2030-04-01");
        m.put("end", "2030-04-05");
        m.put("deadlines", List.of());
        secretariat().body(m).post("/publishMeeting").then().statusCode(200)
                .body("id", equalTo("SG11-2030-03-18")).body("revision", equalTo(2))
                .body("deadlines[0].date", equalTo("2030-02-01"));
    }

    @Test
    void invalidMeetingNamesEveryBadField() {
        Map<String, Object> m = meeting("SG99x", "2030-03-18", "2030-03-10");
        m.put("languages", List.of("en", "de"));
        m.put("contact", Map.of("email", "not-an-email"));
        secretariat().body(m).post("/publishMeeting").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("group"))
                .body("errors.field", hasItem("languages[1]"))
                .body("errors.field", hasItem("contact.email"));
        Map<String, Object> backwards = meeting("SG12", "2030-03-18", "2030-03-10");
        secretariat().body(backwards).post("/publishMeeting").then().statusCode(400)
                .body("errors.field", contains("end"));
    }

    @Test
    void malformedJsonAndUnknownFieldsAre400WithTheField() {
        secretariat().body("{\"group\": \"SG12\",").post("/publishMeeting").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        Map<String, Object> m = meeting("SG12", "2030-03-18", "2030-03-19");
        m.put("status", "APPROVED");
        secretariat().body(m).post("/publishMeeting").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        Map<String, Object> wrongType = meeting("SG12", "2030-03-18", "2030-03-19");
        wrongType.put("start", "next tuesday");
        secretariat().body(wrongType).post("/publishMeeting").then().statusCode(400)
                .body("errors[0].field", equalTo("start"));
    }

    @Test
    void publishNeedsTheSecretariat() {
        Map<String, Object> m = meeting("SG12", "2031-03-18", "2031-03-19");
        anonymous().body(m).post("/publishMeeting").then().statusCode(401).contentType("application/problem+json");
        as("not-a-token").body(m).post("/publishMeeting").then().statusCode(401);
        as(token("dele", "ORG", "delegate")).body(m).post("/publishMeeting").then().statusCode(403)
                .body("type", startsWith("https://"));
    }

    @Test
    void unknownMeetingIs404() {
        anonymous().get("/meeting?id=SG1-1999-01-01").then().statusCode(404)
                .contentType("application/problem+json").body("detail", notNullValue());
        anonymous().get("/meeting").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void listsByGroupNewestFirstWithPaging() {
        for (String start : List.of("2032-01-12", "2032-05-10", "2032-09-13")) {
            secretariat().body(meeting("WP4/17", start, start)).post("/publishMeeting").then().statusCode(200);
        }
        String next = anonymous().get("/meetings?group=WP4/17&limit=2").then().statusCode(200)
                .body("items.id", contains("WP4-17-2032-09-13", "WP4-17-2032-05-10"))
                .body("next", notNullValue()).extract().path("next");
        anonymous().queryParam("group", "WP4/17").queryParam("limit", 2).queryParam("cursor", next).get("/meetings")
                .then().statusCode(200).body("items.id", contains("WP4-17-2032-01-12")).body("next", nullValue());
        anonymous().get("/meetings?group=WP4/17&from=2032-05-01&to=2032-06-01").then().statusCode(200)
                .body("items", hasSize(1));
        // Without a group: every meeting in the range, newest first (other tests may add some).
        List<String> ids = anonymous().get("/meetings?from=2020-09-01&to=2020-12-31&limit=100").then().statusCode(200)
                .extract().path("items.id");
        org.junit.jupiter.api.Assertions.assertTrue(ids.indexOf("SG13-2020-12-07") >= 0
                && ids.indexOf("SG13-2020-12-07") < ids.indexOf("SG2-2020-09-07"), ids.toString());
        anonymous().get("/meetings?group=WP4/17&order=asc").then().statusCode(200)
                .body("items.id", contains("WP4-17-2032-01-12", "WP4-17-2032-05-10", "WP4-17-2032-09-13"));
        anonymous().get("/meetings?order=sideways").then().statusCode(400).body("errors[0].field", equalTo("order"));
        anonymous().get("/meetings?cursor=garbage").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        anonymous().get("/meetings?limit=1000").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
