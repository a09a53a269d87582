package org.meetingdesk.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.meetingdesk.support.DynamoDbLocalResource;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class CalendarTest {

    @Test
    void seedMeetingCalendarParsesAndCarriesGenevaTimes() throws Exception {
        String ics = given().get("/calendar?meeting=SG2-2020-09-07").then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .header("content-disposition", containsString("SG2-2020-09-07.ics"))
                .extract().asString();
        // Parsed back with a strict RFC 5545 parser and validated.
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        cal.validate();
        List<VEvent> events = cal.getComponents("VEVENT");
        assertEquals(2 + 3, events.size(), "meeting days, opening session, three deadlines");
        assertTrue(ics.contains("BEGIN:VTIMEZONE"));
        assertTrue(ics.contains("TZID:Europe/Zurich"));
        assertTrue(ics.contains("DTSTART;TZID=Europe/Zurich:20200907T110000"));
        assertTrue(ics.contains("DTEND;TZID=Europe/Zurich:20200907T150000"));
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20200907"));
        assertTrue(ics.contains("DTEND;VALUE=DATE:20200909"), "all-day span ends the day after the last day");
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20200807"), "registration deadline on its Geneva date");
        assertTrue(ics.contains("UID:SG2-2020-09-07-registration@meetingdesk"));
        assertTrue(ics.contains("\r\n"), "CRLF line endings");
    }

    @Test
    void sameRevisionIsNotSentTwice() {
        String etag = given().get("/calendar?meeting=SG13-2020-12-07").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/calendar?meeting=SG13-2020-12-07").then().statusCode(304);
    }

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Test
    void aDelegatesOwnCalendarHoldsTheMeetingsTheyAreRegisteredFor() {
        String upcoming = org.meetingdesk.sample.SampleData.upcomingId(clock);
        String token = org.meetingdesk.support.Api.token("cal-alice", "ACME-TEL", "delegate");
        org.meetingdesk.support.Api.as(token)
                .body(java.util.Map.of("meeting", upcoming, "name", "Cal Alice", "organization", "ACME-TEL"))
                .post("/register").then().statusCode(200);
        String ics = given().header("Authorization", "Bearer " + token).get("/myCalendar").then().statusCode(200)
                .contentType(containsString("text/calendar")).header("cache-control", containsString("no-store"))
                .extract().asString();
        assertTrue(ics.contains("UID:" + upcoming + "@meetingdesk"), ics);
        assertTrue(!ics.contains("UID:SG13-2020-12-07@meetingdesk"), "only the caller's meetings");
        given().get("/myCalendar").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + org.meetingdesk.support.Api.token("cal-member", "ACME-TEL", "member"))
                .get("/myCalendar").then().statusCode(403);
    }

    @Test
    void unknownOrMissingMeetingIsProblemJson() {
        given().get("/calendar?meeting=SG1-1999-01-01").then().statusCode(404).contentType("application/problem+json");
        given().get("/calendar").then().statusCode(400).body("errors[0].field", equalTo("meeting"));
    }
}
