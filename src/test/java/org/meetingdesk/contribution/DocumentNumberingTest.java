package org.meetingdesk.contribution;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.meetingdesk.support.Api.as;
import static org.meetingdesk.support.Api.secretariat;
import static org.meetingdesk.support.Api.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.meetingdesk.support.DynamoDbLocalResource;
import org.meetingdesk.support.S3LocalResource;
import org.meetingdesk.support.TestClock;

/** Numbering: the C and TD series of a meeting, under concurrency, and revisions. */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
@QuarkusTestResource(S3LocalResource.class)
class DocumentNumberingTest {

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiftyConcurrentSubmissionsGetNumbersOneToFiftyWithoutGapsOrDuplicates() throws Exception {
        String meeting = Docs.publishMeeting("SG12", "2031-06-02");
        String member = token("race-member", "ORG-RACE", "member");
        HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(50)).build();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/submitContribution");
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String body = json.writeValueAsString(Docs.contribution(meeting, "Concurrent " + i));
            calls.add(http.sendAsync(HttpRequest.newBuilder(uri).header("content-type", "application/json")
                    .header("authorization", "Bearer " + member).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<String> numbers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            assertEquals(200, response.statusCode(), response.body());
            numbers.add(json.readTree(response.body()).path("number").asText());
        }
        Set<String> expected = IntStream.rangeClosed(1, 50).mapToObj(n -> "SG12-C" + n).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(50, numbers.size());
        assertEquals(expected, new TreeSet<>(numbers), "every number 1..50 exactly once");

        List<String> listed = as(member).get("/documents?meeting=" + meeting).then().statusCode(200)
                .extract().jsonPath().getList("number");
        assertEquals(IntStream.rangeClosed(1, 50).mapToObj(n -> "SG12-C" + n).toList(), listed, "listed in number order");
    }

    @Test
    void revisionsKeepTheNumberWithASuffixAndOnlyTheSubmittersOrganizationMayRevise() {
        String meeting = Docs.publishMeeting("SG12", "2031-09-01");
        String author = token("rev-author", "ORG-REV", "member");
        String colleague = token("rev-colleague", "ORG-REV", "member");
        String stranger = token("rev-stranger", "ORG-OTHER", "member");

        as(author).body(Docs.contribution(meeting, "First")).post("/submitContribution").then().statusCode(200)
                .body("number", equalTo("SG12-C1")).body("revision", equalTo(0)).body("revises", nullValue());
        as(stranger).body(Docs.contribution(meeting, "Second")).post("/submitContribution").then().statusCode(200)
                .body("number", equalTo("SG12-C2"));

        var r1 = Docs.contribution(meeting, "First, revised");
        r1.put("revises", "SG12-C1");
        as(author).body(r1).post("/submitContribution").then().statusCode(200)
                .body("number", equalTo("SG12-C1R1")).body("revision", equalTo(1)).body("revises", equalTo("SG12-C1"));
        var r2 = Docs.contribution(meeting, "First, revised again");
        r2.put("revises", "SG12-C1R1"); // naming a revision revises the same contribution
        as(colleague).body(r2).post("/submitContribution").then().statusCode(200)
                .body("number", equalTo("SG12-C1R2")).body("revision", equalTo(2));

        var foreign = Docs.contribution(meeting, "Hijack");
        foreign.put("revises", "SG12-C1");
        as(stranger).body(foreign).post("/submitContribution").then().statusCode(403);
        var missing = Docs.contribution(meeting, "Ghost");
        missing.put("revises", "SG12-C99");
        as(author).body(missing).post("/submitContribution").then().statusCode(404);
        var otherGroup = Docs.contribution(meeting, "Wrong series");
        otherGroup.put("revises", "SG13-C1");
        as(author).body(otherGroup).post("/submitContribution").then().statusCode(400)
                .body("errors[0].field", equalTo("revises"));
        var td = Docs.contribution(meeting, "Not a contribution");
        td.put("revises", "SG12-TD1");
        as(author).body(td).post("/submitContribution").then().statusCode(400).body("errors[0].field", equalTo("revises"));

        // The next new contribution continues the series: revisions take no serial.
        as(author).body(Docs.contribution(meeting, "Third")).post("/submitContribution").then().statusCode(200)
                .body("number", equalTo("SG12-C3"));
        as(author).get("/documents?meeting=" + meeting).then().statusCode(200)
                .body("number", contains("SG12-C1", "SG12-C1R1", "SG12-C1R2", "SG12-C2", "SG12-C3"));
        as(stranger).get("/document?meeting=" + meeting + "&number=SG12-C1R2").then().statusCode(200)
                .body("title", equalTo("First, revised again"));
    }

    @Test
    void tdsHaveTheirOwnSeriesAndNoDeadline() {
        String meeting = Docs.publishMeeting("SG12", "2031-11-03");
        clock.set(Instant.parse("2031-11-03T08:00:00Z")); // the opening day: every member deadline has passed
        secretariat().body(Docs.td(meeting, "Draft agenda")).post("/submitTd").then().statusCode(200)
                .body("number", equalTo("SG12-TD1")).body("kind", equalTo("TD"))
                .body("classification", nullValue()).body("accepted", equalTo(true))
                .body("receipt.rule", org.hamcrest.Matchers.containsString("not bound"));
        secretariat().body(Docs.td(meeting, "Updates to the agenda")).post("/submitTd").then().statusCode(200)
                .body("number", equalTo("SG12-TD2"));
        String member = token("td-member", "ORG-TD", "member");
        as(member).body(Docs.contribution(meeting, "Late member paper")).post("/submitContribution").then().statusCode(200)
                .body("number", equalTo("SG12-C1")).body("classification", equalTo("LATE"));
        as(member).get("/documents?meeting=" + meeting).then().statusCode(200)
                .body("number", contains("SG12-C1", "SG12-TD1", "SG12-TD2")); // its submitter sees the held C1
    }
}
