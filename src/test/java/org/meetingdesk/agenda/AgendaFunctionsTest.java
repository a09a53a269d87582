package org.meetingdesk.agenda;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.meetingdesk.support.Api.anonymous;
import static org.meetingdesk.support.Api.as;
import static org.meetingdesk.support.Api.secretariat;
import static org.meetingdesk.support.Api.token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.meetingdesk.security.Caller;
import org.meetingdesk.security.Roles;
import org.meetingdesk.support.DynamoDbLocalResource;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class AgendaFunctionsTest {

    static final List<String> SG13_TITLES = List.of(
            "Opening of the meeting",
            "Approval of the agenda",
            "Review the status of the proposal for new work item on gap analysis in Q2/13 and any related liaison statements or contributions received. Consideration of establishment of the new work item \u201cGap Analysis of Network 2030 New Services, Capabilities and Use Cases\u201d",
            "Allocation of the contributions and liaison statements received for December set of meetings",
            "Setting up a drafting group(s), if needed",
            "Miscellaneous",
            "Adjournment");

    static final List<String> SG2_NUMBERS = List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9",
            "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11");
    static final List<String> SG2_TITLES = List.of(
            "Opening of the meeting",
            "Adoption of the agenda and other administrative issues (including timetable)",
            "Study group structure and leadership",
            "Reports of SG2 work and follow-up actions",
            "Reports of other meetings (if any)",
            "Working methods",
            "Liaison statements received",
            "Other issues for this meeting (if any)",
            "Procedural notifications",
            "Approval of Recommendations under TAP (Traditional Approval Process)",
            "Determination of Recommendations under TAP",
            "Recommendations Consented under AAP (Alternative Approval Process)",
            "Deletion or renumbering of Recommendations",
            "Supplements/non-normative amendments agreed",
            "Technical reports agreed",
            "Outgoing liaison statements, including those reporting to TSAG on lead study group activities",
            "Recommendation status and work plans",
            "Date and place of future meetings",
            "Any other business",
            "Closure of the meeting");
    static final List<String> SG2_14_TITLES = List.of(
            "Approval of Reports SG2-R24 to SG2-R26",
            "Activities since the last meeting of SG2: e-meetings and correspondence activities",
            "Reports on matters of interest to SG2",
            "Status of discussions regarding Recommendations to be determined or consented");

    @Inject
    AgendaService service;

    // ---- helpers -----------------------------------------------------------------------------

    /** Publishes a meeting of this test class (own group and dates, so other classes never collide). */
    static String meeting(String group, String start) {
        Map<String, Object> m = new HashMap<>();
        m.put("group", group);
        m.put("title", "Agenda test meeting of " + group);
        m.put("start", start);
        m.put("end", start);
        m.put("mode", "VIRTUAL");
        m.put("languages", List.of("en", "fr"));
        return secretariat().body(m).post("/publishMeeting").then().statusCode(200).extract().path("id");
    }

    static Map<String, Object> item(String number, String title, Object... children) {
        Map<String, Object> i = new HashMap<>();
        i.put("number", number);
        i.put("titles", Map.of("en", title));
        if (children.length > 0) {
            i.put("children", List.of(children));
        }
        return i;
    }

    static Map<String, Object> keyed(String key, String number, String title, List<String> documents, Object... children) {
        Map<String, Object> i = item(number, title, children);
        i.put("key", key);
        i.put("documents", documents);
        return i;
    }

    static Map<String, Object> agenda(String meeting, String source, Object... items) {
        Map<String, Object> a = new HashMap<>();
        a.put("meeting", meeting);
        a.put("source", source);
        a.put("items", List.of(items));
        return a;
    }

    static JsonPath publish(Map<String, Object> body) {
        return secretariat().body(body).post("/publishAgenda").then().statusCode(200).extract().jsonPath();
    }

    // ---- seed agendas --------------------------------------------------------------------------

    @Test
    void sg13SeedRoundTripsAsItems1To7() {
        anonymous().get("/agenda?meeting=SG13-2020-12-07").then().statusCode(200)
                .body("meeting", equalTo("SG13-2020-12-07"))
                .body("version", equalTo(1))
                .body("source", equalTo("TSB Collective letter 12/13, Annex B"))
                .body("sourceDate", equalTo("2020-08-17"))
                .body("lang", equalTo("en"))
                .body("items.number", contains("1", "2", "3", "4", "5", "6", "7"))
                .body("items.title", equalTo(SG13_TITLES))
                .body("items.titleLang", everyIs("en", 7))
                .body("items.children.flatten()", empty())
                .body("items.key", not(hasItem(nullValue())))
                .body("etag", notNullValue());
    }

    @Test
    void sg2SeedVersion1IsTheLettersAnnexB() {
        anonymous().get("/agenda?meeting=SG2-2020-09-07&version=1").then().statusCode(200)
                .body("version", equalTo(1))
                .body("source", equalTo("TSB Collective letter 7/2, Annex B"))
                .body("sourceDate", equalTo("2020-06-22"))
                .body("items.number", equalTo(SG2_NUMBERS))
                .body("items.title", equalTo(SG2_TITLES))
                .body("items[3].children.number", contains("1.4 a)", "1.4 b)", "1.4 c)", "1.4 d)"))
                .body("items[3].children.title", equalTo(SG2_14_TITLES))
                .body("items.documents.flatten()", empty());
    }

    @Test
    void sg2SeedVersion2ComesFromTd1139AndTheDiffShowsIt() {
        List<String> v2Titles = new ArrayList<>(SG2_TITLES);
        v2Titles.set(17, "Date and place of future meetings, including virtual meetings");
        JsonPath v2 = anonymous().get("/agenda?meeting=SG2-2020-09-07").then().statusCode(200)
                .body("version", equalTo(2))
                .body("source", equalTo("SG2-TD1139"))
                .body("items.number", equalTo(SG2_NUMBERS))
                .body("items.title", equalTo(v2Titles))
                .body("items[1].documents", contains("SG2-TD1139"))
                .body("items[3].children.number", contains("1.4 a)", "1.4 b)", "1.4 c)", "1.4 d)", "1.4 e)"))
                .body("items[3].children[0].documents", contains("SG2-R24", "SG2-R25", "SG2-R26"))
                .extract().jsonPath();
        JsonPath v1 = anonymous().get("/agenda?meeting=SG2-2020-09-07&version=1").then().extract().jsonPath();
        // Identity survives the new version: same keys for the items both versions have.
        assertEquals(v1.getList("items.key"), v2.getList("items.key"));
        assertEquals(v1.getList("items[3].children.key"), v2.getList("items[3].children.key").subList(0, 4));

        anonymous().get("/agendaChanges?meeting=SG2-2020-09-07&from=1&to=2").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("toSource", equalTo("SG2-TD1139"))
                .body("added.number", contains("1.4 e)"))
                .body("added[0].parent", equalTo("1.4"))
                .body("removed", empty())
                .body("renumbered", empty())
                .body("moved", empty())
                .body("retitled.number", contains("2.9"))
                .body("retitled[0].oldTitle", equalTo("Date and place of future meetings"))
                .body("retitled[0].newTitle", equalTo("Date and place of future meetings, including virtual meetings"))
                .body("documentsAdded.number", contains("1.2", "1.4 a)"))
                .body("count", equalTo(4))
                .body("changelog", equalTo(String.join("\n",
                        "Added 1.4 e) \"Decisions deferred from the virtual meeting of 27 May - 5 June 2020\" under 1.4",
                        "Retitled 2.9 (en): \"Date and place of future meetings\" -> \"Date and place of future meetings, including virtual meetings\"",
                        "Allocated SG2-TD1139 to 1.2 \"Adoption of the agenda and other administrative issues (including timetable)\"",
                        "Allocated SG2-R24, SG2-R25, SG2-R26 to 1.4 a) \"Approval of Reports SG2-R24 to SG2-R26\"")));
    }

    // ---- publish and diff ----------------------------------------------------------------------

    @Test
    void diffCasesAddRemoveRetitleRenumberMoveReallocate() {
        String id = meeting("SG41", "2041-03-04");
        JsonPath v1 = publish(agenda(id, "TSB Collective letter 1/41, Annex B",
                item("1", "Opening"),
                keyed(null, "2", "Reports", List.of("SG41-C1", "SG41-C2"), item("2.1", "Report of WP1"), item("2.2", "Report of WP2")),
                item("3", "Old business"),
                item("4", "Liaison statements"),
                item("5", "Closing")));
        assertEquals(1, v1.getInt("version"));
        String open = v1.getString("items[0].key");
        String reports = v1.getString("items[1].key");
        String wp1 = v1.getString("items[1].children[0].key");
        String wp2 = v1.getString("items[1].children[1].key");
        String old = v1.getString("items[2].key");
        String ls = v1.getString("items[3].key");
        String close = v1.getString("items[4].key");

        // Version 2, keys sent back: "Old business" removed, "Liaison statements" renumbered 4 -> 3,
        // WP2's report moves to the top level as 4, a new item 5 appears, Closing becomes 6,
        // Opening is retitled and SG41-C2 goes from Reports to Liaison statements.
        Map<String, Object> body = agenda(id, "SG41-TD7",
                keyed(open, "1", "Opening of the meeting", List.of()),
                keyed(reports, "2", "Reports", List.of("SG41-C1"), keyed(wp1, "2.1", "Report of WP1", List.of())),
                keyed(ls, "3", "Liaison statements", List.of("SG41-C2")),
                keyed(wp2, "4", "Report of WP2", List.of()),
                item("5", "New work item"),
                keyed(close, "6", "Closing", List.of()));
        body.put("sourceDate", "2041-02-20");
        publish(body).getInt("version");

        Response r = anonymous().get("/agendaChanges?meeting=" + id + "&from=1&to=2");
        r.then().statusCode(200)
                .body("added.key", hasSize(1))
                .body("added[0].number", equalTo("5"))
                .body("added[0].title", equalTo("New work item"))
                .body("removed.key", contains(old))
                .body("retitled.key", contains(open))
                .body("retitled[0].lang", equalTo("en"))
                .body("retitled[0].oldTitle", equalTo("Opening"))
                .body("retitled[0].newTitle", equalTo("Opening of the meeting"))
                .body("renumbered.key", contains(ls, wp2, close))
                .body("renumbered.oldNumber", contains("4", "2.2", "5"))
                .body("renumbered.newNumber", contains("3", "4", "6"))
                .body("moved.key", contains(wp2))
                .body("moved[0].oldParent", equalTo("2"))
                .body("moved[0].newParent", nullValue())
                .body("documentsAdded.key", contains(ls))
                .body("documentsRemoved.key", contains(reports))
                .body("reallocated[0].document", equalTo("SG41-C2"))
                .body("reallocated[0].fromNumber", equalTo("2"))
                .body("reallocated[0].toNumber", equalTo("3"))
                .body("changelog", containsString("Removed 3 \"Old business\""))
                .body("changelog", containsString("Added 5 \"New work item\""))
                .body("changelog", containsString("Retitled 1 (en): \"Opening\" -> \"Opening of the meeting\""))
                .body("changelog", containsString("Renumbered 4 to 3: \"Liaison statements\""))
                .body("changelog", containsString("Moved 4 \"Report of WP2\" from under 2 to the top level"))
                .body("changelog", containsString("Reallocated SG41-C2 from 2 to 3"));
        assertEquals(r.jsonPath().getInt("count"), r.jsonPath().getString("changelog").split("\n").length);

        // Without keys, items keep their identity by title (renumbered) or number (retitled).
        publish(agenda(id, "SG41-TD8", item("1", "Opening of the meeting"), item("2", "Reports", item("2.1", "Report of WP1")),
                item("3", "Report of WP2"), item("4", "Liaison statements"), item("5", "New work item"), item("6", "Closing remarks")));
        anonymous().get("/agendaChanges?meeting=" + id + "&from=2&to=3").then().statusCode(200)
                .body("added", empty()).body("removed", empty())
                .body("renumbered.newNumber", contains("3", "4"))
                .body("retitled.newTitle", contains("Closing remarks"))
                .body("documentsRemoved.number", contains("2", "4"));
    }

    @Test
    void invalidNumberingIs400NamingTheItem() {
        String id = meeting("SG42", "2042-05-06");
        secretariat().body(agenda(id, "letter", item("1", "Opening"), item("2", "Reports", item("2.1", "A"), item("3.2", "B")),
                item("4", "Closing"))).post("/publishAgenda").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("items[1].children[1].number", "items[2].number"))
                .body("errors[0].message", containsString("not numbered under its parent \"2\""))
                .body("errors[1].message", containsString("allowGaps"));
        // Duplicates, English title missing, bad document: all in one answer.
        Map<String, Object> noEnglish = item("2", "x");
        noEnglish.put("titles", Map.of("fr", "Ouverture"));
        Map<String, Object> badDoc = keyed(null, "3", "Three", List.of("C12"));
        secretariat().body(agenda(id, "letter", item("1", "One"), noEnglish, badDoc, item("3", "Again")))
                .post("/publishAgenda").then().statusCode(400)
                .body("errors.field", contains("items[1].titles.en", "items[2].documents[0]", "items[3].number"));
        // The same gap passes when the source has it.
        Map<String, Object> gappy = agenda(id, "letter", item("1", "One"), item("3", "Three"));
        gappy.put("allowGaps", true);
        publish(gappy);
        // Nothing was stored by the rejected attempts: the accepted one is version 1.
        anonymous().get("/agenda?meeting=" + id).then().statusCode(200).body("version", equalTo(1))
                .body("items.number", contains("1", "3"));
        // Field-level input errors.
        secretariat().body(Map.of("meeting", id, "items", List.of(item("1", "One")))).post("/publishAgenda").then()
                .statusCode(400).body("errors.field", hasItem("source"));
        secretariat().body(agenda(id, "x", item("1", "One"))).body(Map.of("meeting", id, "source", "x", "items",
                List.of(Map.of("number", "1", "titles", Map.of("en", "One"), "status", "FINAL")))).post("/publishAgenda").then()
                .statusCode(400).body("errors[0].field", equalTo("items[0].status"));
        secretariat().body(agenda(id, "x", keyed("nosuchkey", "1", "One", List.of()))).post("/publishAgenda").then()
                .statusCode(400).body("errors[0].field", equalTo("items[0].key"));
        secretariat().body(agenda("SG42-2042-05-07", "x", item("1", "One"))).post("/publishAgenda").then().statusCode(404);
    }

    @Test
    void unknownAgendaOrVersionIs404AndBadQueries400() {
        String id = meeting("SG43", "2043-01-12");
        anonymous().get("/agenda?meeting=" + id).then().statusCode(404).contentType("application/problem+json");
        anonymous().get("/agenda?meeting=SG2-2020-09-07&version=99").then().statusCode(404);
        anonymous().get("/agendaChanges?meeting=SG2-2020-09-07&from=1&to=99").then().statusCode(404);
        anonymous().get("/agenda").then().statusCode(400).body("errors[0].field", equalTo("meeting"));
        anonymous().get("/agenda?meeting=SG2-2020-09-07&lang=de").then().statusCode(400).body("errors[0].field", equalTo("lang"));
        anonymous().get("/agenda?meeting=SG2-2020-09-07&version=0").then().statusCode(400).body("errors[0].field", equalTo("version"));
        anonymous().get("/agendaChanges?meeting=SG2-2020-09-07&from=1").then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void titlesInTheRequestedLanguageWithEnglishFallback() {
        String id = meeting("SG44", "2044-02-01");
        Map<String, Object> opening = item("1", "Opening of the meeting");
        opening.put("titles", Map.of("en", "Opening of the meeting", "fr", "Ouverture de la réunion"));
        publish(agenda(id, "letter", opening, item("2", "Closure of the meeting")));
        anonymous().get("/agenda?meeting=" + id + "&lang=fr").then().statusCode(200)
                .body("lang", equalTo("fr"))
                .body("items.title", contains("Ouverture de la réunion", "Closure of the meeting"))
                .body("items.titleLang", contains("fr", "en"));
        anonymous().get("/agenda?meeting=" + id + "&lang=zh").then().statusCode(200)
                .body("items.title", contains("Opening of the meeting", "Closure of the meeting"))
                .body("items.titleLang", contains("en", "en"));
        anonymous().get("/agenda?meeting=" + id).then().statusCode(200)
                .body("lang", equalTo("en")).body("items[0].title", equalTo("Opening of the meeting"));
        // The secretariat's answer keeps every language.
        secretariat().body(agenda(id, "SG44-TD1", opening, item("2", "Closure of the meeting"))).post("/publishAgenda").then()
                .statusCode(200).body("items[0].titles.fr", equalTo("Ouverture de la réunion"))
                .body("publishedBy", equalTo("secretary"));
        // Publishing the same again (a client's retry) makes no third version.
        secretariat().body(agenda(id, "SG44-TD1", opening, item("2", "Closure of the meeting"))).post("/publishAgenda").then()
                .statusCode(200).body("version", equalTo(2));
    }

    // ---- allocateDocument ----------------------------------------------------------------------

    @Test
    void allocateDocumentMakesAVersionAndIsIdempotent() {
        String id = meeting("SG45", "2045-06-05");
        publish(agenda(id, "letter", item("1", "Opening"), item("2", "Reports", item("2 a)", "Report A"))));
        secretariat().body(Map.of("meeting", id, "item", "2 a)", "document", "SG45-C12")).post("/allocateDocument").then()
                .statusCode(200).body("version", equalTo(2))
                .body("source", equalTo("allocation of SG45-C12"))
                .body("items[1].children[0].documents", contains("SG45-C12"));
        // Again: nothing new.
        secretariat().body(Map.of("meeting", id, "item", "2a)", "document", "SG45-C12")).post("/allocateDocument").then()
                .statusCode(200).body("version", equalTo(2));
        String key = anonymous().get("/agenda?meeting=" + id).then().extract().path("items[0].key");
        secretariat().body(Map.of("meeting", id, "item", key, "document", "SG45-TD3", "source", "SG45-TD4"))
                .post("/allocateDocument").then().statusCode(200).body("version", equalTo(3))
                .body("source", equalTo("SG45-TD4")).body("items[0].documents", contains("SG45-TD3"));
        anonymous().get("/agendaChanges?meeting=" + id + "&from=1&to=3").then().statusCode(200)
                .body("changelog", equalTo("Allocated SG45-TD3 to 1 \"Opening\"\nAllocated SG45-C12 to 2 a) \"Report A\""));
        secretariat().body(Map.of("meeting", id, "item", "9", "document", "SG45-C1")).post("/allocateDocument").then()
                .statusCode(404);
        secretariat().body(Map.of("meeting", id, "item", "1", "document", "C1")).post("/allocateDocument").then()
                .statusCode(400).body("errors[0].field", equalTo("document"));
        String none = meeting("SG45", "2045-07-03");
        secretariat().body(Map.of("meeting", none, "item", "1", "document", "SG45-C1")).post("/allocateDocument").then()
                .statusCode(404);
    }

    @Test
    void onlyTheSecretariatPublishesOrAllocates() {
        Map<String, Object> body = agenda("SG2-2020-09-07", "x", item("1", "One"));
        Map<String, Object> alloc = Map.of("meeting", "SG2-2020-09-07", "item", "1.1", "document", "SG2-C1");
        String delegate = token("agenda-delegate", "ORG-A", "delegate", "member", "focal-point");
        anonymous().body(body).post("/publishAgenda").then().statusCode(401).contentType("application/problem+json");
        as(delegate).body(body).post("/publishAgenda").then().statusCode(403).contentType("application/problem+json");
        anonymous().body(alloc).post("/allocateDocument").then().statusCode(401);
        as(delegate).body(alloc).post("/allocateDocument").then().statusCode(403);
        anonymous().get("/agenda?meeting=SG2-2020-09-07").then().statusCode(200).body("version", equalTo(2));
    }

    // ---- races ---------------------------------------------------------------------------------

    @Test
    void racingPublishersOverHttpLoseNoVersion() throws Exception {
        String id = meeting("SG46", "2046-09-10");
        String token = token("secretary", "ITU", "secretariat");
        List<Integer> versions = race(8, i -> as(token).body(agenda(id, "TD" + i, item("1", "Item from TD" + i)))
                .post("/publishAgenda").then().statusCode(200).extract().path("version"));
        assertEquals(new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8)), new TreeSet<>(versions));
        Set<String> sources = new TreeSet<>();
        for (int v = 1; v <= 8; v++) {
            sources.add(anonymous().get("/agenda?meeting=" + id + "&version=" + v).then().statusCode(200)
                    .extract().path("source"));
        }
        assertEquals(8, sources.size(), "every publisher's version is stored: " + sources);
        anonymous().get("/agenda?meeting=" + id).then().body("version", equalTo(8));
    }

    @Test
    void racingPublishersInProcessLoseNoVersion() throws Exception {
        // HTTP requests may be served one by one (the Lambda event loop); here the threads truly race
        // on the store.
        String id = meeting("SG47", "2047-04-08");
        Caller caller = new Caller("racer", null, null, "ITU", Set.of(Roles.SECRETARIAT));
        List<Integer> versions = race(8, i -> service.publishFromDraft(id, "TD" + i, LocalDate.of(2047, 1, 1), false,
                List.of(new AgendaItem(null, "1", Map.of("en", "From TD" + i), null, List.of(), List.of())), caller).version());
        assertEquals(new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8)), new TreeSet<>(versions));
        List<Integer> allocated = race(6, i -> service.allocate(id, "1", "SG47-C" + i, null, null, caller).version());
        assertEquals(new TreeSet<>(List.of(9, 10, 11, 12, 13, 14)), new TreeSet<>(allocated));
        assertEquals(6, service.require(id, null).items().get(0).documents().size());
    }

    interface Task {
        Integer run(int i) throws Exception;
    }

    static List<Integer> race(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Integer> c = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- ETag ----------------------------------------------------------------------------------

    @Test
    void etagAnd304() {
        String id = meeting("SG48", "2048-03-02");
        publish(agenda(id, "letter", item("1", "Opening"), item("2", "Closing")));
        Response first = anonymous().get("/agenda?meeting=" + id);
        first.then().statusCode(200).header("Cache-Control", "no-cache");
        String etag = first.jsonPath().getString("etag");
        assertEquals("\"" + etag + "\"", first.header("ETag"));
        anonymous().header("If-None-Match", "\"" + etag + "\"").get("/agenda?meeting=" + id).then().statusCode(304)
                .header("ETag", "\"" + etag + "\"");
        anonymous().header("If-None-Match", "\"other\", W/\"" + etag + "\"").get("/agenda?meeting=" + id).then().statusCode(304);
        anonymous().header("If-None-Match", "\"other\"").get("/agenda?meeting=" + id).then().statusCode(200);
        // The tag is the version's, not the language's rendering: same for another language.
        assertEquals(etag, anonymous().get("/agenda?meeting=" + id + "&lang=fr").jsonPath().getString("etag"));
        // A new version changes the tag; the old one no longer matches the latest.
        secretariat().body(Map.of("meeting", id, "item", "2", "document", "SG48-C1")).post("/allocateDocument").then().statusCode(200);
        Response second = anonymous().header("If-None-Match", "\"" + etag + "\"").get("/agenda?meeting=" + id);
        second.then().statusCode(200).body("version", equalTo(2));
        assertNotEquals(etag, second.jsonPath().getString("etag"));
        // A given version never changes: cacheable for good, and still answers 304 to its tag.
        anonymous().get("/agenda?meeting=" + id + "&version=1").then().statusCode(200)
                .header("ETag", "\"" + etag + "\"").header("Cache-Control", containsString("immutable"));
        anonymous().header("If-None-Match", "\"" + etag + "\"").get("/agenda?meeting=" + id + "&version=1").then().statusCode(304);
        // Errors carry no tag.
        anonymous().get("/agenda?meeting=" + id + "&version=7").then().statusCode(404).header("ETag", nullValue());
    }

    static org.hamcrest.Matcher<Object> everyIs(String value, int n) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(value);
        }
        return equalTo((Object) all);
    }
}
