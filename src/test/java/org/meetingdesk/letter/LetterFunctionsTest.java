package org.meetingdesk.letter;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.meetingdesk.support.Api.anonymous;
import static org.meetingdesk.support.Api.as;
import static org.meetingdesk.support.Api.secretariat;
import static org.meetingdesk.support.Api.token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.meetingdesk.support.DynamoDbLocalResource;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class LetterFunctionsTest {

    /** The facts a letter states, as both answers print them. */
    static final List<String> SAME = List.of("group", "title", "start", "end", "openingTime", "closingTime", "mode", "place",
            "languages", "interpretation", "fellowships", "visaSupport", "chair", "contact.tel", "contact.fax", "contact.email",
            "contact.web", "letter.reference", "letter.date");

    private static Map<String, Object> body(String text) {
        Map<String, Object> b = new HashMap<>();
        b.put("text", text);
        return b;
    }

    private static JsonPath importDraft(String letter) {
        return secretariat().body(body(Letters.read(letter))).post("/importLetter").then().statusCode(200).extract().jsonPath();
    }

    private static void assertSameMeeting(JsonPath draft, JsonPath stored) {
        for (String field : SAME) {
            assertEquals((Object) stored.get(field), draft.get("meeting." + field), field);
        }
        List<Map<String, Object>> stated = draft.getList("meeting.deadlines");
        List<Map<String, Object>> storedDeadlines = stored.getList("deadlines");
        assertEquals(storedDeadlines.stream().map(d -> d.get("kind") + " " + d.get("date")).toList(),
                stated.stream().map(d -> d.get("kind") + " " + d.get("date")).toList());
    }

    @Test
    void eachSeedLetterGivesTheSampleMeeting() {
        JsonPath sg13 = importDraft("sg13-2020-12-07.zh.txt");
        JsonPath storedSg13 = anonymous().get("/meeting?id=SG13-2020-12-07").then().statusCode(200).extract().jsonPath();
        assertSameMeeting(sg13, storedSg13);
        assertEquals("+41 22 730 5853", sg13.getString("meeting.contact.fax"));
        assertEquals("zh", sg13.getString("language"));
        // Where the letter is silent the draft stays empty and says so (the sample data holds the same).
        assertNull(sg13.get("meeting.closingTime"));
        assertNull(sg13.get("meeting.place"));
        assertEquals(List.of("closingTime", "place", "agenda"), sg13.getList("warnings.field"));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), sg13.getList("agenda.number"));
        assertNull(sg13.get("published"));

        JsonPath sg2 = importDraft("sg2-2020-09-07.zh.txt");
        JsonPath storedSg2 = anonymous().get("/meeting?id=SG2-2020-09-07").then().statusCode(200).extract().jsonPath();
        assertSameMeeting(sg2, storedSg2);
        assertEquals("15:00", sg2.getString("meeting.closingTime"));
        assertEquals(storedSg2.getString("closingTime"), sg2.getString("meeting.closingTime"));
        assertEquals(List.of("2020-07-07", "2020-08-07", "2020-08-25"), sg2.getList("deadlines.date"));
        assertEquals(List.of(false, false, false), sg2.getList("deadlines.override"));
        assertEquals(List.of("a)", "b)", "c)", "d)").stream().map(s -> "1.4 " + s).toList(), sg2.getList("agenda[3].children.number"));
    }

    @Test
    void onlyTheSecretariatImports() {
        anonymous().body(body("x")).post("/importLetter").then().statusCode(401).contentType("application/problem+json");
        as(token("letter-delegate", "ORG-L", "delegate")).body(body("x")).post("/importLetter").then().statusCode(403);
    }

    @Test
    void inputIsChecked() {
        secretariat().body(body("")).post("/importLetter").then().statusCode(400).body("errors.field", contains("text"));
        secretariat().body(Map.of()).post("/importLetter").then().statusCode(400).body("errors.field", contains("text"));
        Map<String, Object> b = body("Dear Sir/Madam,");
        b.put("language", "de");
        secretariat().body(b).post("/importLetter").then().statusCode(400).body("errors.field", contains("language"));
        secretariat().body(body("字".repeat(80_000))).post("/importLetter").then().statusCode(400)
                .body("errors.field", contains("text")).body("errors[0].message", containsString("200 KB"));
    }

    @Test
    void unrelatedOrGarbledTextIs422WithWhatWasSeen() {
        secretariat().body(body(Letters.read("recipe.txt"))).post("/importLetter").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("not-a-letter"))
                .body("errors.field", hasItems("text", "group", "start", "letter.reference"));
        StringBuilder noise = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            noise.append((char) (random.nextInt(0xD000) + 1));
        }
        secretariat().body(body(noise.toString())).post("/importLetter").then().statusCode(422);
        Map<String, Object> b = body(Letters.read("recipe.txt"));
        b.put("publish", true);
        secretariat().body(b).post("/importLetter").then().statusCode(422);
    }

    @Test
    void publishStoresANewMeetingFromALetter() {
        anonymous().get("/meeting?id=SG5-2023-05-22").then().statusCode(404);
        Map<String, Object> b = body(Letters.read("sg5-2023-05-22.en.txt"));
        b.put("publish", true);
        secretariat().body(b).post("/importLetter").then().statusCode(200)
                .body("published.id", equalTo("SG5-2023-05-22"))
                .body("published.place", equalTo("Cairo, Egypt"))
                .body("agendaPublished", equalTo(true));
        // Annex B became agenda version 1, sourced to the letter.
        anonymous().get("/agenda?meeting=SG5-2023-05-22").then().statusCode(200)
                .body("version", equalTo(1))
                .body("source", equalTo("TSB Collective letter 4/5, Annex B"))
                .body("items[0].number", equalTo("1"));
        // Importing it again republishes the meeting but never overwrites the agenda.
        secretariat().body(b).post("/importLetter").then().statusCode(200)
                .body("agendaPublished", equalTo(false))
                .body("warnings.message", hasItem(containsString("already has an agenda")));
        anonymous().get("/meeting?id=SG5-2023-05-22").then().statusCode(200)
                .body("group", equalTo("SG5"))
                .body("mode", equalTo("HYBRID"))
                .body("chair", equalTo("Ms Maria Fernanda Oliveira (Brazil)"))
                .body("letter.reference", equalTo("TSB Collective letter 4/5"))
                .body("deadlines.kind", contains("TRANSLATION", "FELLOWSHIP", "REGISTRATION", "VISA", "CONTRIBUTION"))
                .body("deadlines.date", contains("2023-03-22", "2023-04-10", "2023-04-14", "2023-04-14", "2023-05-09"))
                .body("deadlines.override", contains(false, false, true, true, false))
                .body("deadlines.ruleDate", hasItem("2023-04-22"));
    }

    @Test
    void aDraftThatLacksAFactIsNeverPublished() {
        String text = Letters.read("wp1-5-2018-05-21.en.txt")
                .replace(" Discussions will be held in English only, with no interpretation; no fellowships will be granted.", "")
                .replace("Working Party 1/5 e-meeting", "Working Party 7/5 e-meeting")
                .replace("Working Party 1/5 (EMF", "Working Party 7/5 (EMF");
        secretariat().body(body(text)).post("/importLetter").then().statusCode(200)
                .body("meeting.group", equalTo("WP7/5")).body("meeting.languages", nullValue())
                .body("warnings.field", hasItem("languages"));
        Map<String, Object> b = body(text);
        b.put("publish", true);
        secretariat().body(b).post("/importLetter").then().statusCode(422)
                .body("type", containsString("letter-incomplete"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("meeting.languages"))
                .body("errors[0].message", equalTo("not found in the letter"));
        anonymous().get("/meeting?id=WP7-5-2018-05-21").then().statusCode(404);
    }

    @Test
    void theDraftMeetingIsAPublishMeetingBodyAsItStands() {
        Map<String, Object> draft = secretariat().body(body(Letters.read("sg17-2024-04-09.en.txt"))).post("/importLetter").then()
                .statusCode(200).body("meeting.openingTime", equalTo("09:30")).extract().path("meeting");
        secretariat().body(draft).post("/publishMeeting").then().statusCode(200)
                .body("id", equalTo("SG17-2024-04-09"))
                .body("place", equalTo("Geneva"))
                .body("languages", hasSize(6))
                .body("deadlines.kind", contains("TRANSLATION", "FELLOWSHIP", "INTERPRETATION", "REGISTRATION", "VISA", "CONTRIBUTION"))
                .body("deadlines.override", contains(false, false, false, false, false, false));
    }
}
