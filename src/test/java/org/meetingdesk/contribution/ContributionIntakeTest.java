package org.meetingdesk.contribution;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meetingdesk.support.Api.as;
import static org.meetingdesk.support.Api.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.support.DynamoDbLocalResource;
import org.meetingdesk.support.S3LocalResource;
import org.meetingdesk.support.TestClock;

/** Receipt: classification at each deadline boundary, file limits, and the bytes back through the signed link. */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
@QuarkusTestResource(S3LocalResource.class)
class ContributionIntakeTest {

    /** Start 2031-03-10: TRANSLATION is 2031-01-10, CONTRIBUTION 2031-02-25 (S minus 13 days). */
    static final String START = "2031-03-10";
    /** Each closes at the start of the next Geneva day (CET, UTC+1, in winter). */
    static final Instant TRANSLATION_CLOSES = Instant.parse("2031-01-10T23:00:00Z");
    static final Instant CONTRIBUTION_CLOSES = Instant.parse("2031-02-25T23:00:00Z");

    @Inject
    TestClock clock;

    String meeting;
    String member;

    @BeforeEach
    void setUp() {
        meeting = "SG11-" + START;
        if (org.meetingdesk.support.Api.anonymous().get("/meeting?id=" + meeting).statusCode() != 200) {
            Docs.publishMeeting("SG11", START);
        }
        member = token("intake-member", "ORG-INTAKE", "member");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void deadlinesCloseWhereTheTestExpects() {
        org.meetingdesk.support.Api.anonymous().body(Map.of("meeting", meeting, "kind", "CONTRIBUTION"))
                .post("/checkDeadline").then().statusCode(200).body("closesAt", equalTo("2031-02-26T00:00:00+01:00"));
        org.meetingdesk.support.Api.anonymous().body(Map.of("meeting", meeting, "kind", "TRANSLATION"))
                .post("/checkDeadline").then().statusCode(200).body("closesAt", equalTo("2031-01-11T00:00:00+01:00"));
    }

    Map<String, Object> body(boolean translation) {
        Map<String, Object> c = Docs.contribution(meeting, "Boundary test");
        c.put("translationRequested", translation);
        return c;
    }

    @Test
    void translationRequestedOneSecondBeforeTheTranslationDeadlineIsTranslated() {
        clock.set(TRANSLATION_CLOSES.minusSeconds(1));
        as(member).body(body(true)).post("/submitContribution").then().statusCode(200)
                .body("classification", equalTo("TRANSLATED"))
                .body("accepted", equalTo(true))
                .body("receivedAt", equalTo("2031-01-10T23:59:59+01:00"))
                .body("receipt.compared", hasSize(1))
                .body("receipt.compared[0].kind", equalTo("TRANSLATION"))
                .body("receipt.compared[0].closesAt", equalTo("2031-01-11T00:00:00+01:00"))
                .body("receipt.compared[0].onTime", equalTo(true))
                .body("receipt.rule", containsString("TRANSLATION"))
                .body("receipt.note", nullValue());
    }

    @Test
    void translationRequestedOneSecondAfterTheTranslationDeadlineFallsBackToNormalWithANote() {
        clock.set(TRANSLATION_CLOSES.plusSeconds(1));
        as(member).body(body(true)).post("/submitContribution").then().statusCode(200)
                .body("classification", equalTo("NORMAL"))
                .body("accepted", equalTo(true))
                .body("translationRequested", equalTo(true))
                .body("receipt.compared", hasSize(2))
                .body("receipt.compared[0].kind", equalTo("TRANSLATION"))
                .body("receipt.compared[0].onTime", equalTo(false))
                .body("receipt.compared[0].by", equalTo("PT1S"))
                .body("receipt.compared[1].kind", equalTo("CONTRIBUTION"))
                .body("receipt.compared[1].onTime", equalTo(true))
                .body("receipt.note", containsString("after the TRANSLATION deadline"));
    }

    @Test
    void exactlyAtTheClosingInstantIsAlreadyLate() {
        clock.set(TRANSLATION_CLOSES);
        as(member).body(body(true)).post("/submitContribution").then().statusCode(200)
                .body("classification", equalTo("NORMAL"));
        clock.set(CONTRIBUTION_CLOSES);
        as(member).body(body(false)).post("/submitContribution").then().statusCode(200)
                .body("classification", equalTo("LATE"));
    }

    @Test
    void oneSecondBeforeTheContributionDeadlineIsNormal() {
        clock.set(CONTRIBUTION_CLOSES.minusSeconds(1));
        as(member).body(body(false)).post("/submitContribution").then().statusCode(200)
                .body("classification", equalTo("NORMAL"))
                .body("accepted", equalTo(true))
                .body("receipt.compared", hasSize(1))
                .body("receipt.compared[0].kind", equalTo("CONTRIBUTION"))
                .body("receipt.compared[0].closesAt", equalTo("2031-02-26T00:00:00+01:00"))
                .body("receipt.compared[0].by", equalTo("PT1S"))
                .body("receipt.note", nullValue());
    }

    @Test
    void oneSecondAfterTheContributionDeadlineIsLateAndNotAccepted() {
        clock.set(CONTRIBUTION_CLOSES.plusSeconds(1));
        as(member).body(body(false)).post("/submitContribution").then().statusCode(200)
                .body("classification", equalTo("LATE"))
                .body("accepted", equalTo(false))
                .body("receipt.compared[0].kind", equalTo("CONTRIBUTION"))
                .body("receipt.compared[0].onTime", equalTo(false))
                .body("receipt.rule", containsString("after the CONTRIBUTION deadline"));
        clock.set(CONTRIBUTION_CLOSES.plusSeconds(1));
        as(member).body(body(true)).post("/submitContribution").then().statusCode(200)
                .body("classification", equalTo("LATE"))
                .body("receipt.compared", hasSize(2));
    }

    @Test
    void presignedLinkDownloadsTheExactBytesUnderTheDocumentNumber() throws Exception {
        byte[] bytes = Docs.docx(200_000);
        var submitted = as(member).body(Docs.contribution(meeting, "Download test", "Draft text v2.DOCX", bytes))
                .post("/submitContribution").then().statusCode(200)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body("size", equalTo(200_000))
                .body("fileName", equalTo("Draft text v2.DOCX"))
                .body("downloadUrl", containsString("X-Amz-Signature="))
                .body("downloadUrl", containsString("X-Amz-Expires=600"))
                .body("downloadExpiresAt", notNullValue())
                .extract();
        String number = submitted.path("number");
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
                submitted.path("sha256"));

        String fresh = as(member).get("/document?meeting=" + meeting + "&number=" + number).then().statusCode(200)
                .body("number", equalTo(number)).extract().path("downloadUrl");
        for (String link : new String[] { submitted.path("downloadUrl"), fresh }) {
            HttpResponse<byte[]> file = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode());
            assertArrayEquals(bytes, file.body());
            assertTrue(file.headers().firstValue("content-disposition").orElse("").contains(number + ".docx"));
        }
    }

    @Test
    void exactlyFiveMegabytesIsAcceptedOneByteMoreIsRefused() {
        as(member).body(Docs.contribution(meeting, "Largest", "big.pdf", Docs.pdf(5 * 1024 * 1024)))
                .post("/submitContribution").then().statusCode(200).body("size", equalTo(5 * 1024 * 1024));
        as(member).body(Docs.contribution(meeting, "Too large", "big.pdf", Docs.pdf(5 * 1024 * 1024 + 1)))
                .post("/submitContribution").then().statusCode(400)
                .body("errors[0].field", equalTo("content"))
                .body("errors[0].message", containsString("larger than 5 MB"));
    }

    @Test
    void aBodyFarBeyondTheLimitIsRefusedBeforeItIsRead() {
        as(member).body(Docs.contribution(meeting, "Huge", "huge.pdf", Docs.pdf(7 * 1024 * 1024)))
                .post("/submitContribution").then().statusCode(413)
                .body("type", endsWith("too-large"));
    }

    @Test
    void onlyDocumentTypesWhoseBytesMatchTheirExtensionAreAccepted() {
        as(member).body(Docs.contribution(meeting, "Word 97", "old.doc", Docs.doc(100))).post("/submitContribution")
                .then().statusCode(200).body("contentType", equalTo("application/msword"));
        as(member).body(Docs.contribution(meeting, "Archive", "annexes.zip", Docs.docx(100))).post("/submitContribution")
                .then().statusCode(200).body("contentType", equalTo("application/zip"));
        as(member).body(Docs.contribution(meeting, "Slides", "s.pptx", Docs.docx(100))).post("/submitContribution")
                .then().statusCode(200);
        as(member).body(Docs.contribution(meeting, "Sheet", "s.xlsx", Docs.docx(100))).post("/submitContribution")
                .then().statusCode(200);

        as(member).body(Docs.contribution(meeting, "Program", "setup.exe", Docs.pdf(100))).post("/submitContribution")
                .then().statusCode(400).body("errors[0].field", equalTo("fileName"));
        as(member).body(Docs.contribution(meeting, "No extension", "README", Docs.pdf(100))).post("/submitContribution")
                .then().statusCode(400).body("errors[0].field", equalTo("fileName"));
        as(member).body(Docs.contribution(meeting, "Image named pdf", "photo.pdf", Docs.png(100))).post("/submitContribution")
                .then().statusCode(400).body("errors[0].field", equalTo("content"))
                .body("errors[0].message", containsString(".pdf"));
        as(member).body(Docs.contribution(meeting, "PDF named docx", "x.docx", Docs.pdf(100))).post("/submitContribution")
                .then().statusCode(400).body("errors[0].field", equalTo("content"));
        as(member).body(Docs.contribution(meeting, "Path", "../../etc/x.pdf", Docs.pdf(100))).post("/submitContribution")
                .then().statusCode(400).body("errors[0].field", equalTo("fileName"));

        Map<String, Object> notBase64 = Docs.contribution(meeting, "Garbage", "x.pdf", Docs.pdf(10));
        notBase64.put("content", "%%%not base64%%%");
        as(member).body(notBase64).post("/submitContribution").then().statusCode(400)
                .body("errors[0].field", equalTo("content")).body("errors[0].message", containsString("base64"));
        Map<String, Object> empty = Docs.contribution(meeting, "Empty", "x.pdf", Docs.pdf(10));
        empty.put("content", "");
        as(member).body(empty).post("/submitContribution").then().statusCode(400)
                .body("errors[0].field", equalTo("content"));
    }

    @Test
    void inputIsValidatedFieldByField() {
        Map<String, Object> c = Docs.contribution(meeting, "Invalid");
        c.put("agendaItems", java.util.List.of("three"));
        c.put("questions", java.util.List.of("Question 2"));
        c.remove("forAction");
        c.put("source", java.util.List.of());
        as(member).body(c).post("/submitContribution").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("agendaItems[0]", "questions[0]", "forAction", "source"));
        Map<String, Object> longAbstract = Docs.contribution(meeting, "Wordy");
        longAbstract.put("abstract", "x".repeat(5001));
        as(member).body(longAbstract).post("/submitContribution").then().statusCode(400)
                .body("errors[0].field", equalTo("abstract"));
        Map<String, Object> status = Docs.contribution(meeting, "Sets its own status");
        status.put("classification", "TRANSLATED");
        as(member).body(status).post("/submitContribution").then().statusCode(400)
                .body("errors[0].field", equalTo("classification"));
    }

    @Test
    void unknownMeetingIs404() {
        as(member).body(Docs.contribution("SG11-2099-01-05", "Nowhere")).post("/submitContribution").then().statusCode(404);
        as(member).get("/documents?meeting=SG11-2099-01-05").then().statusCode(404);
    }
}
