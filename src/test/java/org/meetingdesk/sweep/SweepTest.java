package org.meetingdesk.sweep;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meetingdesk.support.Api.anonymous;
import static org.meetingdesk.support.Api.as;
import static org.meetingdesk.support.Api.secretariat;
import static org.meetingdesk.support.Api.token;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.meetingdesk.meeting.MeetingInput;
import org.meetingdesk.meeting.MeetingMode;
import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.support.DynamoDbLocalResource;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The sweep against DynamoDB Local. Each test works in its own far-future year so the due-by-day
 * partitions it sweeps hold only its own meetings.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class SweepTest {

    @Inject
    SweepService sweep;
    @Inject
    MeetingService meetings;
    @Inject
    DynamoDbClient db;

    static MeetingInput meeting(String group, LocalDate start) {
        return new MeetingInput(null, group, "Sweep test " + group, start, start, null, null, MeetingMode.VIRTUAL, null,
                List.of("en"), false, false, false, null, null, null, null, List.of(), null, false, null);
    }

    static List<String> closed(SweepReport r, String meeting) {
        return r.windowsClosed().stream().filter(w -> w.meeting().equals(meeting)).map(SweepReport.ClosedWindow::kind).toList();
    }

    @Test
    void closesAWindowAtItsInstantToTheSecondAcrossDst() {
        // Registration of a 28 April 2081 meeting is due 28 March 2081 — the night Europe springs
        // forward (Sunday 30 March 2081 is the change; we also cover the change day itself below).
        meetings.publish(meeting("SG3", LocalDate.parse("2081-04-28")));
        Instant closes = Instant.parse("2081-03-28T23:00:00Z"); // end of 28 March, still CET (+01:00)
        assertEquals(List.of(), closed(sweep.sweep(closes.minusSeconds(1).toString()), "SG3-2081-04-28"));
        assertEquals(List.of("REGISTRATION"), closed(sweep.sweep(closes.toString()), "SG3-2081-04-28"));
        // 30 March 2081 is the change day: it ends at 00:00 CEST, 22:00 UTC.
        meetings.publish(meeting("SG4", LocalDate.parse("2081-04-30")));
        Instant onChange = Instant.parse("2081-03-30T22:00:00Z");
        assertEquals(List.of(), closed(sweep.sweep(onChange.minusSeconds(1).toString()), "SG4-2081-04-30"));
        assertEquals(List.of("REGISTRATION"), closed(sweep.sweep(onChange.plusSeconds(1).toString()), "SG4-2081-04-30"));
    }

    @Test
    void theSameTickThreeTimesOrTwoTicksRacingCloseOnce() throws Exception {
        meetings.publish(meeting("SG5", LocalDate.parse("2082-06-15")));
        String tick = "2082-05-15T22:00:00Z"; // registration closes at the end of 15 May (CEST)
        int total = 0;
        for (int i = 0; i < 3; i++) {
            total += closed(sweep.sweep(tick), "SG5-2082-06-15").size();
        }
        assertEquals(1, total);
        meetings.publish(meeting("SG6", LocalDate.parse("2082-06-16")));
        String tick2 = "2082-05-16T22:00:00Z";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<SweepReport>> racing = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racing.add(pool.submit(() -> sweep.sweep(tick2)));
        }
        int closedByAll = 0;
        for (Future<SweepReport> f : racing) {
            closedByAll += closed(f.get(), "SG6-2082-06-16").size();
        }
        pool.shutdown();
        assertEquals(1, closedByAll);
    }

    @Test
    void movingAMeetingMovesItsWindows() {
        meetings.publish(meeting("SG7", LocalDate.parse("2083-09-10")));
        MeetingInput moved = new MeetingInput("SG7-2083-09-10", "SG7", "Sweep test SG7 (moved)", LocalDate.parse("2083-10-20"),
                LocalDate.parse("2083-10-20"), null, null, MeetingMode.VIRTUAL, null, List.of("en"), false, false, false, null,
                null, null, null, List.of(), null, false, null);
        meetings.publish(moved);
        // The old registration instant (end of 10 August) no longer closes anything…
        assertEquals(List.of(), closed(sweep.sweep("2083-08-10T22:00:00Z"), "SG7-2083-09-10"));
        // …the new one (end of 20 September) does.
        assertEquals(List.of("REGISTRATION"), closed(sweep.sweep("2083-09-20T22:00:00Z"), "SG7-2083-09-10"));
        // Publishing the same meeting again does not re-arm a window already closed.
        meetings.publish(moved);
        assertEquals(List.of(), closed(sweep.sweep("2083-09-20T22:00:00Z"), "SG7-2083-09-10"));
    }

    @Test
    void costIsProportionalToWhatIsDue() throws Exception {
        // 1,000 meetings; the registration windows of 10 of them close within the tick's reach.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        LocalDate dueStart = LocalDate.parse("2086-03-02");
        for (int i = 0; i < 1000; i++) {
            LocalDate start = i < 10 ? dueStart : LocalDate.parse("2087-01-05").plusDays(i);
            MeetingInput in = new MeetingInput(null, i < 10 ? "SG" + (i + 1) : "WP" + (i % 90 + 1) + "/" + (i / 90 + 1),
                    "Load " + i, start, start, null, null, MeetingMode.VIRTUAL, null, List.of("en"), false, false, false,
                    null, null, null, null, List.of(), null, false, null);
            done.add(pool.submit(() -> meetings.publish(in)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        SweepReport report = sweep.sweep("2086-02-02T23:00:00Z");
        assertEquals(10, report.windowsClosed().size(), report.toString());
        // A full scan, paged (a Scan page stops at 1 MB), is the baseline the sweep is compared with.
        long tableItems = 0;
        for (var page : db.scanPaginator(ScanRequest.builder().tableName("meeting-desk").select(Select.COUNT).build())) {
            tableItems += page.count();
        }
        System.out.printf("sweep: read %d index items for %d due of %d items in the table (%.3f%%)%n",
                report.itemsRead(), report.windowsClosed().size(), tableItems, 100.0 * report.itemsRead() / tableItems);
        assertTrue(tableItems > 10_000, "the table holds the 1,000 meetings and their effects: " + tableItems);
        // What it read is what was due: each due meeting's closing and its focal-point reminders.
        assertTrue(report.itemsRead() <= 10 * 4, "items read: " + report.itemsRead());
        assertTrue(report.itemsRead() * 50 <= tableItems, "under 2% of a full scan");
    }

    @Test
    void onlyTheSchedulerOrTheSecretariatMayRunIt() {
        anonymous().body("{}").post("/sweepDeadlines").then().statusCode(401);
        as(token("someone", "ACME", "delegate", "focal-point", "member")).body("{}").post("/sweepDeadlines").then().statusCode(403);
        secretariat().body(Map.of("at", "2079-01-01T00:00:00Z")).post("/sweepDeadlines").then().statusCode(200)
                .body("at", equalTo("2079-01-01T00:00:00Z")).body("windowsClosed", hasSize(0));
        secretariat().body(Map.of("at", "soon")).post("/sweepDeadlines").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
    }

    @Test
    void theScheduleEventIsTheSchedulerAndNothingElseIs() {
        // The constant event EventBridge sends, posted raw to the Lambda runtime as AWS would deliver it.
        String schedulerArn = "arn:aws:iam::000000000000:role/meeting-desk-scheduler";
        assertEquals(200, invokeRaw(event(schedulerArn)));
        assertEquals(401, invokeRaw(event("arn:aws:iam::000000000000:role/somebody-else")));
    }

    private static Map<String, Object> event(String arn) {
        Map<String, Object> iam = Map.of("userArn", arn, "accountId", "000000000000");
        Map<String, Object> context = new HashMap<>();
        context.put("http", Map.of("method", "POST", "path", "/sweepDeadlines", "protocol", "HTTP/1.1", "sourceIp", "127.0.0.1",
                "userAgent", "EventBridge"));
        context.put("authorizer", Map.of("iam", iam));
        context.put("requestId", "sweep-tick");
        context.put("routeKey", "POST /sweepDeadlines");
        context.put("stage", "$default");
        Map<String, Object> event = new HashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", "POST /sweepDeadlines");
        event.put("rawPath", "/sweepDeadlines");
        event.put("rawQueryString", "");
        event.put("headers", Map.of("content-type", "application/json"));
        event.put("requestContext", context);
        event.put("body", "{\"at\":\"2079-06-01T00:00:00Z\"}");
        event.put("isBase64Encoded", false);
        return event;
    }

    private static int invokeRaw(Map<String, Object> event) {
        return RestAssured.given().contentType("application/json").body(event).post("/_lambda_")
                .then().statusCode(200).extract().path("statusCode");
    }
}
