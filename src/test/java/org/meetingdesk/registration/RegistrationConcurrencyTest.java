package org.meetingdesk.registration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meetingdesk.registration.Fixtures.delegate;
import static org.meetingdesk.registration.Fixtures.focalPoint;
import static org.meetingdesk.registration.Fixtures.mailsTo;
import static org.meetingdesk.registration.Fixtures.meeting;
import static org.meetingdesk.registration.Fixtures.organization;
import static org.meetingdesk.registration.Fixtures.publish;
import static org.meetingdesk.registration.Fixtures.register;
import static org.meetingdesk.registration.Fixtures.request;
import static org.meetingdesk.registration.Fixtures.subject;
import static org.meetingdesk.support.Api.as;
import static org.meetingdesk.support.Api.secretariat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.meetingdesk.problem.DeskException;
import org.meetingdesk.security.Caller;
import org.meetingdesk.support.DynamoDbLocalResource;
import org.meetingdesk.support.GreenMailResource;

/**
 * Races: every one must end in a state the rules allow, never a 5xx.
 *
 * <p>Over HTTP the test app runs behind the Lambda mock event server, whose poll loop hands the
 * function one event at a time (as one Lambda instance does), so HTTP races are serialized before
 * they reach the store. The same races are therefore also run straight against the service from
 * many threads, where the transactions really do overlap in DynamoDB Local.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
@QuarkusTestResource(GreenMailResource.class)
class RegistrationConcurrencyTest {

    @Inject
    RegistrationService service;

    static Caller caller(String subject, String org, String... groups) {
        return new Caller(subject, subject + "@example.org", "Test " + subject, org, Set.of(groups));
    }

    /** Runs the calls at once in the test JVM's threads; answers each result or the exception it threw. */
    static List<Object> raceInProcess(List<Callable<Object>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    try {
                        return call.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            gate.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyIdenticalRequestsOverlappingInTheStoreLeaveOne() throws Exception {
        String m = publish(meeting("SG9", "VIRTUAL"));
        Caller same = caller("ct-overlap", "CT-CO", "delegate");
        RegisterInput input = new RegisterInput(m, "Overlap", "CT-CO", "delegate", Gender.FEMALE, "en", null);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> service.register(same, input));
        }
        Set<String> ids = new HashSet<>();
        for (Object r : raceInProcess(calls)) {
            assertTrue(r instanceof RegistrationView, String.valueOf(r));
            ids.add(((RegistrationView) r).id());
        }
        assertEquals(1, ids.size());
        assertEquals(1, service.participants(caller("sec", "ITU", "secretariat"), m, null).items().size());
        assertEquals(1, service.audit(null, m).size());
    }

    @Test
    void thirtyOverlappingRequestsForTenPlacesNeverOverbook() throws Exception {
        Map<String, Object> meeting = meeting("SG5", "ON_SITE");
        meeting.put("capacity", 10);
        String m = publish(meeting);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Caller c = caller("ct-overlap-seat" + i, "CT-UNI", "delegate");
            RegisterInput input = new RegisterInput(m, "Seat " + i, "CT-UNI", null, null, null, null);
            calls.add(() -> service.register(c, input));
        }
        int approved = 0;
        int waitlisted = 0;
        for (Object r : raceInProcess(calls)) {
            assertTrue(r instanceof RegistrationView, String.valueOf(r));
            RegistrationStatus status = ((RegistrationView) r).status();
            approved += status == RegistrationStatus.APPROVED ? 1 : 0;
            waitlisted += status == RegistrationStatus.WAITLISTED ? 1 : 0;
        }
        assertEquals(10, approved);
        assertEquals(20, waitlisted);
        var stats = service.participants(caller("sec", "ITU", "secretariat"), m, null).stats();
        assertEquals(10, stats.byStatus().get("APPROVED"));
        assertEquals(20, stats.byStatus().get("WAITLISTED"));

        // Five withdrawals at once: five promotions, still exactly ten places taken.
        List<Callable<Object>> withdrawals = new ArrayList<>();
        for (Participants.Item item : service.participants(caller("sec", "ITU", "secretariat"), m, null).items()) {
            if (item.status() == RegistrationStatus.APPROVED && withdrawals.size() < 5) {
                String subject = service.find(item.id()).orElseThrow().subject();
                withdrawals.add(() -> service.withdraw(caller(subject, "CT-UNI", "delegate"), item.id()));
            }
        }
        for (Object r : raceInProcess(withdrawals)) {
            assertTrue(r instanceof RegistrationView, String.valueOf(r));
        }
        stats = service.participants(caller("sec", "ITU", "secretariat"), m, null).stats();
        assertEquals(10, stats.byStatus().get("APPROVED"));
        assertEquals(15, stats.byStatus().get("WAITLISTED"));
        assertEquals(5, stats.byStatus().get("WITHDRAWN"));
    }

    @Test
    void twoDecisionsOverlappingInTheStoreOneWins() throws Exception {
        String m = publish(meeting("SG9", "VIRTUAL"));
        for (int round = 0; round < 5; round++) {
            String id = service.register(caller("ct-overlap-dec" + round, "CT-CO", "delegate"),
                    new RegisterInput(m, "Dec " + round, "CT-CO", null, null, null, null)).id();
            List<Object> results = raceInProcess(List.of(
                    () -> service.decide(caller("cfp-a", "CT-CO", "focal-point"), id, true, null),
                    () -> service.decide(caller("cfp-b", "CT-CO", "focal-point"), id, false, "duplicate")));
            long won = results.stream().filter(r -> r instanceof RegistrationView).count();
            List<Object> lost = results.stream().filter(r -> r instanceof DeskException).toList();
            assertEquals(1, won, results.toString());
            assertEquals(1, lost.size(), results.toString());
            assertEquals("already-decided", ((DeskException) lost.get(0)).type());
            assertEquals(2, service.audit(id, null).size());
        }
    }

    @BeforeEach
    void organizations() {
        organization("CT-UNI", "ACADEMIA", "CH", true, "cfp-uni@example.org");
        organization("CT-CO", "SECTOR_MEMBER", "JP", false, "cfp-a", "cfp-b", "cfp-a@example.org");
    }

    /** Runs the calls at once (released together) and answers their responses in order. */
    static List<Response> race(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyIdenticalRequestsAtOnceLeaveOneRegistration() throws Exception {
        String m = publish(meeting("SG9", "VIRTUAL"));
        String token = delegate("ct-same", "CT-CO");
        Map<String, Object> body = request(m, "Same Person", "CT-CO");
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> as(token).body(body).post("/register"));
        }
        Set<String> ids = new HashSet<>();
        for (Response r : race(calls)) {
            assertEquals(200, r.statusCode(), r.asString());
            ids.add(r.path("id"));
        }
        assertEquals(1, ids.size(), "every answer is the same registration");
        secretariat().body(Map.of("meeting", m)).post("/participants").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].id", equalTo(ids.iterator().next()));
        secretariat().body(Map.of("meeting", m)).post("/auditTrail").then().statusCode(200).body("size()", equalTo(1));
        // One request, so the focal point got one mail.
        assertEquals(1, mailsTo("cfp-a@example.org", 1).stream().filter(x -> subject(x).contains(m)).count());
    }

    @Test
    void thirtyRequestsForTenPlacesLeaveTenApprovedAndTwentyWaitlisted() throws Exception {
        Map<String, Object> meeting = meeting("SG5", "HYBRID");
        meeting.put("capacity", 10);
        String m = publish(meeting);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String token = delegate("ct-seat" + i, "CT-UNI");
            Map<String, Object> body = request(m, "Seat " + i, "CT-UNI");
            calls.add(() -> as(token).body(body).post("/register"));
        }
        List<String> waitlisted = new ArrayList<>();
        String anApproved = null;
        String approvedSubject = null;
        Set<Integer> positions = new HashSet<>();
        List<Response> responses = race(calls);
        for (int i = 0; i < responses.size(); i++) {
            Response r = responses.get(i);
            assertEquals(200, r.statusCode(), r.asString());
            if ("WAITLISTED".equals(r.path("status"))) {
                waitlisted.add(r.path("id"));
            } else {
                assertEquals("APPROVED", r.path("status"));
                anApproved = r.path("id");
                approvedSubject = "ct-seat" + i;
            }
        }
        assertEquals(20, waitlisted.size());
        secretariat().body(Map.of("meeting", m)).post("/participants").then().statusCode(200)
                .body("stats.byStatus.APPROVED", equalTo(10)).body("stats.byStatus.WAITLISTED", equalTo(20));

        // Positions are 1..20 and follow the order the requests were made in.
        List<Map<String, Object>> items = secretariat().body(Map.of("meeting", m)).post("/participants").then()
                .extract().path("items.findAll { it.status == 'WAITLISTED' }");
        String oldestWaiting = (String) items.get(0).get("id");
        for (int i = 0; i < 30; i++) {
            Integer position = as(delegate("ct-seat" + i, "CT-UNI")).post("/myRegistrations").then().statusCode(200)
                    .extract().path("find { it.meeting == '" + m + "' }.waitlistPosition");
            if (position != null) {
                positions.add(position);
            }
        }
        assertEquals(20, positions.size());
        assertTrue(positions.stream().allMatch(p -> p >= 1 && p <= 20));

        // A withdrawal frees a place: the oldest waitlisted takes it, approved by the same rules, and is told.
        as(delegate(approvedSubject, "CT-UNI")).body(Map.of("id", anApproved)).post("/withdrawRegistration").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        secretariat().body(Map.of("meeting", m)).post("/participants").then().statusCode(200)
                .body("stats.byStatus.APPROVED", equalTo(10)).body("stats.byStatus.WAITLISTED", equalTo(19))
                .body("items.find { it.id == '" + oldestWaiting + "' }.status", equalTo("APPROVED"));
        String promotedSubject = null;
        for (int i = 0; i < 30; i++) {
            String found = as(delegate("ct-seat" + i, "CT-UNI")).post("/myRegistrations").then()
                    .extract().path("find { it.id == '" + oldestWaiting + "' }.subject");
            if (found != null) {
                promotedSubject = found;
            }
        }
        var mail = mailsTo(promotedSubject + "@example.org", 2).stream()
                .filter(x -> subject(x).startsWith("A place freed")).findFirst().orElseThrow();
        assertTrue(subject(mail).contains(m));
        secretariat().body(Map.of("registration", oldestWaiting)).post("/auditTrail").then().statusCode(200)
                .body("to", org.hamcrest.Matchers.contains("WAITLISTED", "APPROVED"));
    }

    @Test
    void aRejectionPromotesTheWaitlistToPendingWhenApprovalIsNeeded() {
        Map<String, Object> meeting = meeting("SG5", "ON_SITE");
        meeting.put("capacity", 1);
        String m = publish(meeting);
        String first = register(delegate("ct-first", "CT-CO"), request(m, "First", "CT-CO")).statusCode(200)
                .body("status", equalTo("PENDING_APPROVAL")).extract().path("id");
        String second = register(delegate("ct-second", "CT-CO"), request(m, "Second", "CT-CO")).statusCode(200)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1)).extract().path("id");
        as(focalPoint("cfp-a", "CT-CO")).body(Map.of("id", first, "decision", "REJECT", "reason", "one seat only"))
                .post("/decideRegistration").then().statusCode(200).body("status", equalTo("REJECTED"));
        as(delegate("ct-second", "CT-CO")).post("/myRegistrations").then().statusCode(200)
                .body("find { it.id == '" + second + "' }.status", equalTo("PENDING_APPROVAL"));
        assertTrue(mailsTo("cfp-a@example.org", 1).stream().anyMatch(x -> subject(x).contains("Second") && subject(x).contains(m)));
        // The promoted request holds the place: a third person waits.
        register(delegate("ct-third", "CT-CO"), request(m, "Third", "CT-CO")).statusCode(200)
                .body("status", equalTo("WAITLISTED"));
    }

    @Test
    void twoFocalPointsDecidingAtOnceOneWinsTheOtherGets409() throws Exception {
        String m = publish(meeting("SG9", "VIRTUAL"));
        String a = focalPoint("cfp-a", "CT-CO");
        String b = focalPoint("cfp-b", "CT-CO");
        for (int round = 0; round < 5; round++) {
            String id = register(delegate("ct-race" + round, "CT-CO"), request(m, "Race " + round, "CT-CO"))
                    .statusCode(200).extract().path("id");
            List<Response> answers = race(List.of(
                    () -> as(a).body(Map.of("id", id, "decision", "APPROVE")).post("/decideRegistration"),
                    () -> as(b).body(Map.of("id", id, "decision", "REJECT", "reason", "duplicate")).post("/decideRegistration")));
            List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 409), statuses, answers.get(0).asString() + answers.get(1).asString());
            Response loser = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            assertTrue(loser.asString().contains("already-decided"), loser.asString());
            String winnerStatus = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("status");
            secretariat().body(Map.of("registration", id)).post("/auditTrail").then().statusCode(200)
                    .body("size()", equalTo(2)).body("[1].to", equalTo(winnerStatus));
        }
        secretariat().body(Map.of("meeting", m)).post("/participants").then().statusCode(200)
                .body("items.size()", equalTo(5));
        as(a).body(Map.of("id", "nonsense", "decision", "APPROVE")).post("/decideRegistration").then().statusCode(404)
                .body("type", containsString("not-found"));
    }
}
