package org.meetingdesk.contribution;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.meetingdesk.support.Api.anonymous;
import static org.meetingdesk.support.Api.as;
import static org.meetingdesk.support.Api.secretariat;
import static org.meetingdesk.support.Api.token;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import org.meetingdesk.support.DynamoDbLocalResource;
import org.meetingdesk.support.S3LocalResource;
import org.meetingdesk.support.TestClock;

/** Who may do what with documents; LATE contributions held until accepted; the allocation table. */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
@QuarkusTestResource(S3LocalResource.class)
class DocumentAccessTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyDocumentFunctionIs401AnonymousAnd403ForDelegatesAndFocalPoints() {
        String meeting = Docs.publishMeeting("SG16", "2031-04-07");
        String member = token("acl-member", "ORG-ACL", "member");
        String number = as(member).body(Docs.contribution(meeting, "Members only")).post("/submitContribution")
                .then().statusCode(200).extract().path("number");
        String delegate = token("acl-delegate", "ORG-ACL", "delegate", "focal-point");

        Map<String, Map<String, Object>> posts = Map.of(
                "/submitContribution", Docs.contribution(meeting, "x"),
                "/submitTd", Docs.td(meeting, "x"),
                "/acceptLateContribution", Map.of("meeting", meeting, "number", number, "reason", "x"));
        for (var call : posts.entrySet()) {
            anonymous().body(call.getValue()).post(call.getKey()).then().statusCode(401);
            as(delegate).body(call.getValue()).post(call.getKey()).then().statusCode(403);
        }
        for (String get : List.of("/documents?meeting=" + meeting, "/allocationTable?meeting=" + meeting,
                "/document?meeting=" + meeting + "&number=" + number)) {
            anonymous().get(get).then().statusCode(401);
            as(delegate).get(get).then().statusCode(403);
            as("not-a-token").get(get).then().statusCode(401);
            as(member).get(get).then().statusCode(200);
            secretariat().get(get).then().statusCode(200);
        }
        // Members may not issue TDs nor accept late contributions.
        as(member).body(Docs.td(meeting, "x")).post("/submitTd").then().statusCode(403);
        as(member).body(posts.get("/acceptLateContribution")).post("/acceptLateContribution").then().statusCode(403);
        // The meeting itself and its deadlines stay public.
        anonymous().get("/meeting?id=" + meeting).then().statusCode(200);
    }

    @Test
    void aLateContributionIsHeldUntilTheSecretariatAcceptsItWithAReason() {
        String meeting = Docs.publishMeeting("SG16", "2031-06-09");
        String author = token("late-author", "ORG-LATE", "member");
        String other = token("late-other", "ORG-ELSE", "member");
        as(author).body(Docs.contribution(meeting, "On time")).post("/submitContribution").then().statusCode(200)
                .body("number", equalTo("SG16-C1"));

        clock.set(Instant.parse("2031-06-01T10:00:00Z")); // after CONTRIBUTION (closes 2031-05-27 24:00 Geneva)
        Map<String, Object> late = Docs.contribution(meeting, "Too late");
        late.put("agendaItems", List.of("3"));
        as(author).body(late).post("/submitContribution").then().statusCode(200)
                .body("number", equalTo("SG16-C2")).body("classification", equalTo("LATE")).body("accepted", equalTo(false));

        // Held: not listed or readable for other members, nor in the allocation table.
        as(other).get("/documents?meeting=" + meeting).then().statusCode(200).body("number", contains("SG16-C1"));
        as(other).get("/document?meeting=" + meeting + "&number=SG16-C2").then().statusCode(404);
        as(other).get("/allocationTable?meeting=" + meeting).then().statusCode(200)
                .body("items[0].forAction.number", contains("SG16-C1"));
        // Its submitter and the secretariat see it, marked not accepted.
        as(author).get("/document?meeting=" + meeting + "&number=SG16-C2").then().statusCode(200).body("accepted", equalTo(false));
        secretariat().get("/documents?meeting=" + meeting).then().statusCode(200)
                .body("number", contains("SG16-C1", "SG16-C2")).body("accepted", contains(true, false));

        // Only a LATE one can be accepted, and only once; the reason is required.
        secretariat().body(Map.of("meeting", meeting, "number", "SG16-C1", "reason", "why not"))
                .post("/acceptLateContribution").then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("not-late"));
        secretariat().body(Map.of("meeting", meeting, "number", "SG16-C2", "reason", ""))
                .post("/acceptLateContribution").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        secretariat().body(Map.of("meeting", meeting, "number", "SG16-C9", "reason", "x"))
                .post("/acceptLateContribution").then().statusCode(404);
        secretariat().body(Map.of("meeting", meeting, "number", "C9", "reason", "x"))
                .post("/acceptLateContribution").then().statusCode(400).body("errors[0].field", equalTo("number"));

        clock.set(Instant.parse("2031-06-02T09:15:00Z"));
        secretariat().body(Map.of("meeting", meeting, "number", "SG16-C2", "reason", "Chair agreed: needed for item 3"))
                .post("/acceptLateContribution").then().statusCode(200)
                .body("accepted", equalTo(true)).body("classification", equalTo("LATE"))
                .body("lateAcceptance.by", equalTo("secretary"))
                .body("lateAcceptance.reason", equalTo("Chair agreed: needed for item 3"))
                .body("lateAcceptance.at", equalTo("2031-06-02T09:15:00Z"));
        secretariat().body(Map.of("meeting", meeting, "number", "SG16-C2", "reason", "again"))
                .post("/acceptLateContribution").then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("already-accepted"));

        as(other).get("/documents?meeting=" + meeting).then().statusCode(200).body("number", contains("SG16-C1", "SG16-C2"));
        as(other).get("/document?meeting=" + meeting + "&number=SG16-C2").then().statusCode(200)
                .body("classification", equalTo("LATE")).body("downloadUrl", notNullValue());
        as(other).get("/allocationTable?meeting=" + meeting).then().statusCode(200)
                .body("items[0].forAction.number", contains("SG16-C1", "SG16-C2"));
    }

    @Test
    void theAllocationTableGroupsDocumentsUnderTheItemsTheyDeclare() {
        String meeting = Docs.publishMeeting("SG16", "2031-10-06");
        String member = token("alloc-member", "ORG-ALLOC", "member");
        submit(as(member), meeting, "A", true, List.of("2.11", "1.4a"));
        submit(as(member), meeting, "B", false, List.of("1.4a", "1.4a")); // declared twice, listed once
        submit(as(member), meeting, "C", true, List.of("1.10"));
        submit(as(member), meeting, "D", false, List.of());
        Map<String, Object> td = Docs.td(meeting, "Updated agenda");
        td.put("agendaItems", List.of("1.2"));
        secretariat().body(td).post("/submitTd").then().statusCode(200);

        as(member).get("/allocationTable?meeting=" + meeting).then().statusCode(200)
                .body("meeting", equalTo(meeting))
                .body("items.item", contains("1.2", "1.4a", "1.10", "2.11"))
                .body("items[0].forInformation.number", contains("SG16-TD1"))
                .body("items[1].forAction.number", contains("SG16-C1"))
                .body("items[1].forInformation.number", contains("SG16-C2"))
                .body("items[1].forAction[0].title", equalTo("A"))
                .body("items[2].forAction.number", contains("SG16-C3"))
                .body("items[2].forInformation", empty())
                .body("items[3].forAction.number", contains("SG16-C1"))
                .body("unallocated.number", contains("SG16-C4"));
        as(member).get("/documents?meeting=" + meeting).then().statusCode(200)
                .body("find { it.number == 'SG16-C1' }.agendaItems", contains("2.11", "1.4a"))
                .body("find { it.number == 'SG16-C2' }.forAction", equalTo(false))
                .body("number", not(hasItem("SG16-C5")));
    }

    private static void submit(RequestSpecification as, String meeting, String title, boolean forAction, List<String> items) {
        Map<String, Object> c = Docs.contribution(meeting, title);
        c.put("forAction", forAction);
        c.put("agendaItems", items);
        as.body(c).post("/submitContribution").then().statusCode(200);
    }
}
