package org.meetingdesk.registration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meetingdesk.registration.Fixtures.body;
import static org.meetingdesk.registration.Fixtures.delegate;
import static org.meetingdesk.registration.Fixtures.focalPoint;
import static org.meetingdesk.registration.Fixtures.mailsTo;
import static org.meetingdesk.registration.Fixtures.meeting;
import static org.meetingdesk.registration.Fixtures.organization;
import static org.meetingdesk.registration.Fixtures.publish;
import static org.meetingdesk.registration.Fixtures.register;
import static org.meetingdesk.registration.Fixtures.request;
import static org.meetingdesk.registration.Fixtures.subject;
import static org.meetingdesk.support.Api.anonymous;
import static org.meetingdesk.support.Api.as;
import static org.meetingdesk.support.Api.secretariat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.mail.MailOutbox;
import org.meetingdesk.support.DynamoDbLocalResource;
import org.meetingdesk.support.GreenMailResource;
import org.meetingdesk.support.TestClock;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
@QuarkusTestResource(GreenMailResource.class)
class RegistrationFunctionsTest {

    static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    @Inject
    TestClock clock;
    @Inject
    MailOutbox outbox;
    @Inject
    RegistrationService service;

    @BeforeEach
    void organizations() {
        organization("RT-STATE", "MEMBER_STATE", "CH", false, "rfp-state", "rfp-state@example.org");
        organization("RT-COMPANY", "SECTOR_MEMBER", "FR", false, "rfp-co", "rfp-co@example.org", "rfp-co2@example.org");
        organization("RT-UNI", "ACADEMIA", "CN", true, "rfp-uni@example.org");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void pendingRequestMailsTheFocalPointsWhoApproveOnce() {
        String m = publish(meeting("SG9", "HYBRID"));
        String alice = delegate("rt-alice", "RT-COMPANY");
        Map<String, Object> req = request(m, "Alice Martin", "RT-COMPANY");
        req.put("options", Map.of("remoteParticipation", true));
        String id = register(alice, req).statusCode(200)
                .body("status", equalTo("PENDING_APPROVAL"))
                .body("meeting", equalTo(m))
                .body("subject", equalTo("rt-alice"))
                .body("email", equalTo("rt-alice@example.org"))
                .body("organization", equalTo("RT-COMPANY"))
                .body("late", equalTo(false))
                .body("options.remoteParticipation", equalTo(true))
                .body("decidedAt", nullValue())
                .body("$", not(hasKey("gender")))
                .extract().path("id");
        // Both focal points listed by e-mail are told, naming the delegate and the meeting.
        for (String fp : List.of("rfp-co@example.org", "rfp-co2@example.org")) {
            MimeMessage mail = mailsTo(fp, 1).stream().filter(x -> subject(x).contains(m)).findFirst().orElseThrow();
            assertTrue(subject(mail).contains("Alice Martin"), subject(mail));
            assertTrue(body(mail).contains("Alice Martin") && body(mail).contains(m), body(mail));
        }
        String fp = focalPoint("rfp-co", "RT-COMPANY");
        as(fp).body(Map.of("organization", "RT-COMPANY", "meeting", m)).post("/pendingRegistrations").then()
                .statusCode(200).body("id", contains(id));
        // GET works too (JavaBeans input).
        as(fp).get("/pendingRegistrations?organization=RT-COMPANY&meeting=" + m).then().statusCode(200).body("id", contains(id));

        as(fp).body(Map.of("id", id, "decision", "APPROVE")).post("/decideRegistration").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("rfp-co")).body("decidedAt", notNullValue());
        as(fp).body(Map.of("id", id, "decision", "REJECT", "reason", "changed my mind")).post("/decideRegistration")
                .then().statusCode(409).body("type", containsString("already-decided"));
        as(fp).body(Map.of("organization", "RT-COMPANY", "meeting", m)).post("/pendingRegistrations").then()
                .statusCode(200).body("id", not(hasItem(id)));

        MimeMessage confirmed = mailsTo("rt-alice@example.org", 1).stream().filter(x -> subject(x).contains(m)).findFirst().orElseThrow();
        assertTrue(subject(confirmed).startsWith("Registration confirmed"), subject(confirmed));
        assertTrue(body(confirmed).contains("Alice Martin"), body(confirmed));

        as(alice).post("/myRegistrations").then().statusCode(200).body("id", hasItem(id));
        secretariat().body(Map.of("registration", id)).post("/auditTrail").then().statusCode(200)
                .body("from", contains(null, "PENDING_APPROVAL"))
                .body("to", contains("PENDING_APPROVAL", "APPROVED"))
                .body("by", contains("rt-alice", "rfp-co"));
        secretariat().body(Map.of("meeting", m)).post("/auditTrail").then().statusCode(200).body("registration", hasItem(id));
        as(alice).body(Map.of("meeting", m)).post("/auditTrail").then().statusCode(403);
    }

    @Test
    void rejectionNeedsAReasonAndTellsTheDelegateInChinese() {
        String m = publish(meeting("SG9", "VIRTUAL"));
        String li = delegate("rt-li", "RT-COMPANY");
        Map<String, Object> req = request(m, "Li Wei", "RT-COMPANY");
        req.put("language", "zh");
        String id = register(li, req).statusCode(200).body("status", equalTo("PENDING_APPROVAL")).extract().path("id");
        String fp = focalPoint("rfp-co", "RT-COMPANY");
        as(fp).body(Map.of("id", id, "decision", "REJECT")).post("/decideRegistration").then().statusCode(400)
                .body("errors.field", contains("reason"));
        as(fp).body(Map.of("id", id, "decision", "REJECT", "reason", "not in our delegation")).post("/decideRegistration")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("reason", equalTo("not in our delegation"));
        MimeMessage mail = mailsTo("rt-li@example.org", 1).stream().filter(x -> subject(x).contains(m)).findFirst().orElseThrow();
        assertTrue(subject(mail).startsWith("注册未获批准"), subject(mail));
        assertTrue(body(mail).contains("not in our delegation") && body(mail).contains("Li Wei"), body(mail));
        // A rejected request no longer blocks a new one.
        register(li, req).statusCode(200).body("status", equalTo("PENDING_APPROVAL")).body("id", not(equalTo(id)));
    }

    @Test
    void focalPointsAndAutomaticApprovalApproveAtOnce() {
        Map<String, Object> sg5 = meeting("SG5", "VIRTUAL");
        String m = publish(sg5);
        // A focal point registering themself.
        register(focalPoint("rfp-co", "RT-COMPANY"), request(m, "Focal Point", "RT-COMPANY")).statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("system"));
        // The organization's own flag.
        String zhang = delegate("rt-zhang", "RT-UNI");
        Map<String, Object> req = request(m, "Zhang San", "RT-UNI");
        req.put("language", "zh");
        register(zhang, req).statusCode(200).body("status", equalTo("APPROVED"));
        MimeMessage mail = mailsTo("rt-zhang@example.org", 1).stream().filter(x -> subject(x).contains(m)).findFirst().orElseThrow();
        assertTrue(subject(mail).startsWith("注册已确认"), subject(mail));

        // Rules set by a focal point, for one group and for one meeting.
        String other = publish(meeting("SG9", "VIRTUAL"));
        String sg5Later = publish(meeting("SG5", "VIRTUAL"));
        organization("RT-RULES", "SECTOR_MEMBER", "DE", false, "rfp-rules");
        String fp = focalPoint("rfp-rules", "RT-RULES");
        register(delegate("rt-r1", "RT-RULES"), request(m, "R One", "RT-RULES")).statusCode(200)
                .body("status", equalTo("PENDING_APPROVAL"));
        as(fp).body(Map.of("organization", "RT-RULES", "scope", "GROUP", "group", "SG5", "enabled", true))
                .post("/setAutoApproval").then().statusCode(200).body("groups", contains("SG5")).body("all", equalTo(false));
        register(delegate("rt-r2", "RT-RULES"), request(sg5Later, "R Two", "RT-RULES")).statusCode(200)
                .body("status", equalTo("APPROVED"));
        register(delegate("rt-r2", "RT-RULES"), request(other, "R Two", "RT-RULES")).statusCode(200)
                .body("status", equalTo("PENDING_APPROVAL"));
        as(fp).body(Map.of("organization", "RT-RULES", "scope", "MEETING", "meeting", other, "enabled", true))
                .post("/setAutoApproval").then().statusCode(200).body("meetings", contains(other));
        register(delegate("rt-r3", "RT-RULES"), request(other, "R Three", "RT-RULES")).statusCode(200)
                .body("status", equalTo("APPROVED"));
        as(fp).body(Map.of("organization", "RT-RULES", "scope", "GROUP", "group", "SG5", "enabled", false))
                .post("/setAutoApproval").then().statusCode(200).body("groups", org.hamcrest.Matchers.empty());
        // Only for their own organization, and GROUP needs a group.
        as(fp).body(Map.of("organization", "RT-COMPANY", "scope", "ALL", "enabled", true)).post("/setAutoApproval")
                .then().statusCode(403);
        as(fp).body(Map.of("organization", "RT-RULES", "scope", "GROUP", "enabled", true)).post("/setAutoApproval")
                .then().statusCode(400).body("errors.field", contains("group"));
        as(fp).body(Map.of("organization", "RT-RULES", "scope", "ALL", "enabled", true)).post("/setAutoApproval")
                .then().statusCode(200).body("all", equalTo(true));
        register(delegate("rt-r4", "RT-RULES"), request(m, "R Four", "RT-RULES")).statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void anotherOrganizationsFocalPointCannotSeeOrDecide() {
        String m = publish(meeting("SG9", "VIRTUAL"));
        String id = register(delegate("rt-bob", "RT-COMPANY"), request(m, "Bob", "RT-COMPANY")).statusCode(200)
                .extract().path("id");
        String stranger = focalPoint("rfp-state", "RT-STATE");
        as(stranger).body(Map.of("organization", "RT-COMPANY")).post("/pendingRegistrations").then().statusCode(403);
        as(stranger).body(Map.of("id", id, "decision", "APPROVE")).post("/decideRegistration").then().statusCode(404);
        // A token claiming the organization is not enough: the person must be one of its focal points.
        String impostor = focalPoint("rt-impostor", "RT-COMPANY");
        as(impostor).body(Map.of("organization", "RT-COMPANY")).post("/pendingRegistrations").then().statusCode(403);
        as(impostor).body(Map.of("id", id, "decision", "APPROVE")).post("/decideRegistration").then().statusCode(404);
        // A delegate cannot decide at all, nor withdraw someone else's registration.
        as(delegate("rt-bob", "RT-COMPANY")).body(Map.of("id", id, "decision", "APPROVE")).post("/decideRegistration")
                .then().statusCode(403);
        as(delegate("rt-eve", "RT-COMPANY")).body(Map.of("id", id)).post("/withdrawRegistration").then().statusCode(404);
        as(focalPoint("rfp-co", "RT-COMPANY")).body(Map.of("organization", "RT-COMPANY")).post("/pendingRegistrations")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void inputIsCheckedAndStatusIsNeverTakenFromTheClient() {
        Map<String, Object> virtual = meeting("SG9", "VIRTUAL");
        String m = publish(virtual);
        String dan = delegate("rt-dan", "RT-COMPANY");
        Map<String, Object> req = request(m, "Dan", "RT-COMPANY");
        req.put("status", "APPROVED");
        register(dan, req).statusCode(400).body("errors.field", contains("status"));
        as(dan).post("/myRegistrations").then().statusCode(200).body("meeting", not(hasItem(m)));

        register(dan, request(m, "Dan", "NO-SUCH-ORG")).statusCode(400).body("errors.field", contains("organization"))
                .body("errors.message", contains("unknown organization"));
        register(dan, request(m, "Dan", "RT-STATE")).statusCode(403);
        register(dan, request("SG9-2099-01-05", "Dan", "RT-COMPANY")).statusCode(404);
        register("not-a-token", request(m, "Dan", "RT-COMPANY")).statusCode(401);

        Map<String, Object> options = request(m, "Dan", "RT-COMPANY");
        options.put("options", Map.of("visaLetter", true, "headOfDelegation", true, "interpretation", true));
        register(dan, options).statusCode(400).body("errors.field",
                org.hamcrest.Matchers.containsInAnyOrder("options.visaLetter", "options.headOfDelegation", "options.interpretation"));

        Map<String, Object> onSite = meeting("SG5", "ON_SITE");
        onSite.put("visaSupport", true);
        onSite.put("fellowships", true);
        String site = publish(onSite);
        Map<String, Object> remote = request(site, "Dan", "RT-COMPANY");
        remote.put("options", Map.of("remoteParticipation", true));
        register(dan, remote).statusCode(400).body("errors.field", contains("options.remoteParticipation"));
        Map<String, Object> fellowship = request(site, "Dan", "RT-COMPANY");
        fellowship.put("options", Map.of("fellowship", true));
        register(dan, fellowship).statusCode(400).body("errors.field", contains("options.fellowship"));
        // A Member State delegate may ask for all of it.
        Map<String, Object> full = request(site, "Eva", "RT-STATE");
        full.put("options", Map.of("fellowship", true, "visaLetter", true, "headOfDelegation", true));
        full.put("role", "head of delegation");
        register(delegate("rt-eva", "RT-STATE"), full).statusCode(200)
                .body("options.fellowship", equalTo(true)).body("role", equalTo("head of delegation"));
    }

    @Test
    void aRepeatAnswersTheSameRegistrationAndADifferentOneConflicts() {
        String m = publish(meeting("SG9", "VIRTUAL"));
        String gil = delegate("rt-gil", "RT-COMPANY");
        String id = register(gil, request(m, "Gil", "RT-COMPANY")).statusCode(200).extract().path("id");
        register(gil, request(m, "Gil", "RT-COMPANY")).statusCode(200).body("id", equalTo(id));
        Map<String, Object> other = request(m, "Gil", "RT-COMPANY");
        other.put("role", "head of delegation");
        register(gil, other).statusCode(409).body("type", containsString("already-registered"));
        // After withdrawal the person may register again.
        as(gil).body(Map.of("id", id)).post("/withdrawRegistration").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        as(gil).body(Map.of("id", id)).post("/withdrawRegistration").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        register(gil, other).statusCode(200).body("id", not(equalTo(id))).body("role", equalTo("head of delegation"));
    }

    @Test
    void deadlinesCloseRegistrationUnlessLateRegistrationIsOpen() {
        Map<String, Object> closed = meeting("SG9", "ON_SITE");
        closed.put("fellowships", true);
        String m = publish(closed);
        LocalDate start = LocalDate.parse((String) closed.get("start"));
        String hal = delegate("rt-hal", "RT-STATE");

        // Between the fellowship deadline (S - 6 weeks) and the registration deadline (S - 1 month).
        clock.set(start.minusWeeks(5).atTime(12, 0).atZone(GENEVA).toInstant());
        Map<String, Object> fellow = request(m, "Hal", "RT-STATE");
        fellow.put("options", Map.of("fellowship", true));
        register(hal, fellow).statusCode(409).body("type", containsString("fellowship-closed"));

        clock.set(start.minusDays(10).atTime(12, 0).atZone(GENEVA).toInstant());
        register(hal, request(m, "Hal", "RT-STATE")).statusCode(409).body("type", containsString("registration-closed"));

        Map<String, Object> lateOk = meeting("SG9", "ON_SITE");
        lateOk.put("lateRegistration", true);
        clock.reset();
        String late = publish(lateOk);
        LocalDate lateStart = LocalDate.parse((String) lateOk.get("start"));
        clock.set(lateStart.minusDays(3).atTime(12, 0).atZone(GENEVA).toInstant());
        register(hal, request(late, "Hal", "RT-STATE")).statusCode(200).body("late", equalTo(true));

        clock.set(lateStart.atTime(12, 0).atZone(GENEVA).toInstant());
        register(delegate("rt-ian", "RT-STATE"), request(late, "Ian", "RT-STATE")).statusCode(409)
                .body("type", containsString("meeting-started"));
    }

    @Test
    void remoteAccessIsForApprovedRegistrationsAndEndsWithWithdrawal() {
        String m = publish(meeting("SG9", "VIRTUAL"));
        String kim = delegate("rt-kim", "RT-COMPANY");
        String id = register(kim, request(m, "Kim", "RT-COMPANY")).statusCode(200).extract().path("id");
        as(kim).body(Map.of("meeting", m)).post("/remoteAccess").then().statusCode(409).body("type", containsString("not-approved"));
        as(focalPoint("rfp-co", "RT-COMPANY")).body(Map.of("id", id, "decision", "APPROVE")).post("/decideRegistration")
                .then().statusCode(200);

        var grant = as(kim).body(Map.of("meeting", m)).post("/remoteAccess").then().statusCode(200)
                .body("link", containsString("?token=")).body("expiresAt", notNullValue()).extract();
        String token = grant.path("token");
        anonymous().body(Map.of("token", token)).post("/verifyRemoteAccess").then().statusCode(200)
                .body("valid", equalTo(true)).body("meeting", equalTo(m)).body("registration", equalTo(id))
                .body("name", equalTo("Kim"));
        // A second grant keeps the first link working (same nonce).
        as(kim).body(Map.of("meeting", m)).post("/remoteAccess").then().statusCode(200);
        anonymous().body(Map.of("token", token)).post("/verifyRemoteAccess").then().statusCode(200);
        // Tampered and expired tokens are refused.
        anonymous().body(Map.of("token", token.substring(0, token.length() - 3) + "abc")).post("/verifyRemoteAccess")
                .then().statusCode(401);
        clock.set(Instant.now().plusSeconds(13 * 3600));
        anonymous().body(Map.of("token", token)).post("/verifyRemoteAccess").then().statusCode(401);
        clock.reset();

        as(kim).body(Map.of("id", id)).post("/withdrawRegistration").then().statusCode(200);
        anonymous().body(Map.of("token", token)).post("/verifyRemoteAccess").then().statusCode(401)
                .body("type", containsString("unauthenticated"));
        as(kim).body(Map.of("meeting", m)).post("/remoteAccess").then().statusCode(409);

        String site = publish(meeting("SG5", "ON_SITE"));
        String lee = delegate("rt-lee", "RT-UNI");
        register(lee, request(site, "Lee", "RT-UNI")).statusCode(200).body("status", equalTo("APPROVED"));
        as(lee).body(Map.of("meeting", site)).post("/remoteAccess").then().statusCode(409)
                .body("type", containsString("no-remote-participation"));
    }

    @Test
    void participantsListAndStatisticsAreNotPublic() {
        String m = publish(meeting("SG5", "HYBRID"));
        Object[][] people = { { "rt-p1", "RT-UNI", "FEMALE" }, { "rt-p2", "RT-UNI", "FEMALE" }, { "rt-p3", "RT-UNI", "MALE" },
                { "rt-p4", "RT-UNI", "UNDISCLOSED" }, { "rt-p5", "RT-STATE", "FEMALE" } };
        for (Object[] p : people) {
            Map<String, Object> req = request(m, "Person " + p[0], (String) p[1]);
            req.put("gender", p[2]);
            register(delegate((String) p[0], (String) p[1]), req).statusCode(200);
        }
        register(delegate("rt-p6", "RT-UNI"), request(m, "Person rt-p6", "RT-UNI")).statusCode(200);
        var stats = secretariat().body(Map.of("meeting", m)).post("/participants").then().statusCode(200)
                .body("items.size()", equalTo(6))
                .body("items[0]", not(hasKey("gender")))
                .body("items.category", hasItem("ACADEMIA"))
                .body("stats.byStatus.APPROVED", equalTo(5))
                .body("stats.byStatus.PENDING_APPROVAL", equalTo(1))
                .body("stats.byCategory.ACADEMIA", equalTo(5))
                .body("stats.byCountry.CN", equalTo(5))
                .body("stats.declaredGender", equalTo(3))
                .body("stats.women", equalTo(2))
                .extract().jsonPath();
        assertEquals(2.0 / 3, stats.getDouble("stats.womenShare"), 1e-6);
        String uniFp = focalPoint("rfp-uni", "RT-UNI");
        // rfp-uni is listed by e-mail only; the token's e-mail claim identifies them.
        as(uniFp).body(Map.of("meeting", m, "organization", "RT-UNI")).post("/participants").then().statusCode(200)
                .body("items.organization", everyItem(equalTo("RT-UNI"))).body("items.size()", equalTo(5));
        as(uniFp).body(Map.of("meeting", m)).post("/participants").then().statusCode(400)
                .body("errors.field", contains("organization"));
        as(uniFp).body(Map.of("meeting", m, "organization", "RT-STATE")).post("/participants").then().statusCode(403);
        as(delegate("rt-p1", "RT-UNI")).body(Map.of("meeting", m)).post("/participants").then().statusCode(403);
        anonymous().body(Map.of("meeting", m)).post("/participants").then().statusCode(401);
    }

    @Test
    void organizationsArePublicWithoutFocalPoints() {
        anonymous().get("/organizations").then().statusCode(200)
                .body("id", hasItem("RT-STATE"))
                .body("find { it.id == 'RT-STATE' }.category", equalTo("MEMBER_STATE"))
                .body("find { it.id == 'RT-STATE' }.country", equalTo("CH"))
                .body("find { it.id == 'RT-STATE' }", not(hasKey("focalPoints")));
        secretariat().body(Map.of("id", "x", "name", "", "category", "PLANET", "country", "ZZ", "focalPoints", List.of(),
                "autoApproval", false)).post("/publishOrganization").then().statusCode(400);
        secretariat().body(Map.of("id", "RT-ZZ", "name", "Nowhere", "category", "ACADEMIA", "country", "ZZ",
                "focalPoints", List.of(), "autoApproval", false)).post("/publishOrganization").then().statusCode(400)
                .body("errors.field", contains("country"));
        as(delegate("rt-x", "RT-STATE")).body(Map.of("id", "RT-NEW", "name", "New", "category", "ACADEMIA", "country", "CH",
                "focalPoints", List.of(), "autoApproval", false)).post("/publishOrganization").then().statusCode(403);
    }

    @Test
    void anUnsentMailStaysInTheOutboxUntilTheSweepSendsIt() throws Exception {
        String m = publish(meeting("SG9", "VIRTUAL"));
        GreenMailResource.stopServer();
        try {
            register(delegate("rt-ola", "RT-UNI"), request(m, "Ola", "RT-UNI")).statusCode(200)
                    .body("status", equalTo("APPROVED"));
        } finally {
            GreenMailResource.startServer();
        }
        assertEquals(0, mailsTo("rt-ola@example.org", 0).size());
        long until = System.currentTimeMillis() + 10_000;
        // The claim of the failed attempt was released, so the sweep may send it at once.
        while (mailsTo("rt-ola@example.org", 0).isEmpty() && System.currentTimeMillis() < until) {
            outbox.flushPending(100);
        }
        List<MimeMessage> mails = mailsTo("rt-ola@example.org", 1);
        assertEquals(1, mails.size());
        assertTrue(subject(mails.get(0)).contains(m));
        outbox.flushPending(100);
        assertEquals(1, mailsTo("rt-ola@example.org", 1).size(), "a sent mail is not sent again");
    }

    @Test
    void aMailServerThatNeverAnswersDoesNotHoldTheRegistration() throws Exception {
        String m = publish(meeting("SG9", "VIRTUAL"));
        GreenMailResource.stopServer();
        // A server that takes the connection and then says nothing, not even its greeting.
        List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (java.net.ServerSocket silent = new java.net.ServerSocket()) {
            silent.setReuseAddress(true);
            silent.bind(new java.net.InetSocketAddress("127.0.0.1", GreenMailResource.port()));
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (java.io.IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            // Answered (the test client gives up after 30 s; Quarkus alone would wait 60 s for SMTP).
            register(delegate("rt-quiet", "RT-UNI"), request(m, "Quiet", "RT-UNI")).statusCode(200)
                    .body("status", equalTo("APPROVED"));
            assertTrue(held.size() >= 1, "the mail server was asked");
        } finally {
            for (java.net.Socket s : held) {
                s.close();
            }
            GreenMailResource.startServer();
        }
        long until = System.currentTimeMillis() + 10_000;
        while (mailsTo("rt-quiet@example.org", 0).isEmpty() && System.currentTimeMillis() < until) {
            outbox.flushPending(100);
        }
        assertEquals(1, mailsTo("rt-quiet@example.org", 1).size(), "the sweep sends what the request could not");
    }

    @Test
    void undecidedRequestsExpireWhenTheMeetingStarts() {
        Map<String, Object> meeting = meeting("SG5", "ON_SITE");
        meeting.put("capacity", 1);
        String m = publish(meeting);
        String pending = register(delegate("rt-exp1", "RT-COMPANY"), request(m, "Exp One", "RT-COMPANY")).statusCode(200)
                .body("status", equalTo("PENDING_APPROVAL")).extract().path("id");
        String waiting = register(delegate("rt-exp2", "RT-COMPANY"), request(m, "Exp Two", "RT-COMPANY")).statusCode(200)
                .body("status", equalTo("WAITLISTED")).extract().path("id");
        assertEquals(0, service.expireUndecided(m), "nothing expires before the meeting starts");
        clock.set(LocalDate.parse((String) meeting.get("start")).atTime(10, 0).atZone(GENEVA).toInstant());
        assertEquals(2, service.expireUndecided(m));
        assertEquals(0, service.expireUndecided(m), "expiring again changes nothing");
        secretariat().body(Map.of("meeting", m)).post("/participants").then().statusCode(200)
                .body("stats.byStatus.EXPIRED", equalTo(2));
        secretariat().body(Map.of("registration", waiting)).post("/auditTrail").then().statusCode(200)
                .body("to", contains("WAITLISTED", "EXPIRED")).body("[1].by", equalTo("system"));
        as(focalPoint("rfp-co", "RT-COMPANY")).body(Map.of("id", pending, "decision", "APPROVE"))
                .post("/decideRegistration").then().statusCode(409).body("type", containsString("already-decided"));
    }
}
