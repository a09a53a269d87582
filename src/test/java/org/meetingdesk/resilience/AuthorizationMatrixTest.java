package org.meetingdesk.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.funqy.runtime.FunctionInvoker;
import io.quarkus.funqy.runtime.FunctionRecorder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import org.meetingdesk.sample.SampleData;
import org.meetingdesk.support.Api;
import org.meetingdesk.support.DynamoDbLocalResource;

/**
 * The whole authorization matrix, from one table: every function × every kind of caller.
 * {@code A} = let through (any answer but 401/403: the input may still be refused), {@code U} = 401,
 * {@code F} = 403, {@code N} = 404 (another organization's record is not even visible). The table
 * must name every function the application registers, so a new function cannot ship unlisted.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class AuthorizationMatrixTest {

    static final List<String> CALLERS = List.of("anonymous", "delegate", "member", "fpOther", "fpOwn", "secretariat", "scheduler");

    @Inject
    Clock clock;

    /** function -> expected outcome per caller, in {@link #CALLERS} order. */
    static final Map<String, String> MATRIX = new LinkedHashMap<>();
    static {
        // public reads
        for (String fn : List.of("meetings", "meeting", "deadlines", "checkDeadline", "keyDeadlines", "agenda", "agendaChanges",
                "organizations")) {
            MATRIX.put(fn, "AAAAAAA");
        }
        MATRIX.put("verifyRemoteAccess", "UUUUUUU"); // public, but a forged join token is refused for everyone
        // delegate
        for (String fn : List.of("register", "myRegistrations", "withdrawRegistration", "remoteAccess")) {
            MATRIX.put(fn, "UAFFFFF");
        }
        // focal point, own organization only
        MATRIX.put("pendingRegistrations", "UFFFAFF");
        MATRIX.put("setAutoApproval", "UFFFAFF");
        MATRIX.put("decideRegistration", "UFFNAFF");
        MATRIX.put("participants", "UFFFAAF");
        // members (TIES) and the secretariat
        MATRIX.put("submitContribution", "UFAFFFF");
        for (String fn : List.of("documents", "document", "allocationTable")) {
            MATRIX.put(fn, "UFAFFAF");
        }
        // secretariat
        for (String fn : List.of("publishMeeting", "publishOrganization", "importLetter", "publishAgenda", "allocateDocument",
                "submitTd", "acceptLateContribution", "auditTrail")) {
            MATRIX.put(fn, "UFFFFAF");
        }
        MATRIX.put("sweepDeadlines", "UFFFFAA");
    }

    @Test
    void everyFunctionForEveryCaller() {
        TreeSet<String> registered = new TreeSet<>();
        java.util.Set<String> withoutInput = new java.util.HashSet<>();
        for (FunctionInvoker invoker : FunctionRecorder.registry.invokers()) {
            registered.add(invoker.getName());
            if (!invoker.hasInput()) {
                withoutInput.add(invoker.getName());
            }
        }
        assertEquals(registered, new TreeSet<>(MATRIX.keySet()), "the matrix lists exactly the registered functions");

        String upcoming = SampleData.upcomingId(clock);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("delegate", Api.token("matrix-delegate", "ACME-TEL", "delegate"));
        tokens.put("member", Api.token("matrix-member", "ACME-TEL", "member"));
        tokens.put("fpOther", Api.token("fp-ch", "CH-OFCOM", "focal-point"));
        tokens.put("fpOwn", Api.token("fp-acme", "ACME-TEL", "focal-point"));
        tokens.put("secretariat", Api.token("matrix-secretary", "ITU", "secretariat"));
        tokens.put("scheduler", Api.token("matrix-scheduler", null, "scheduler"));
        // A request of ACME-TEL awaiting its focal point.
        String pending = Api.as(Api.token("matrix-alice", "ACME-TEL", "delegate"))
                .body(Map.of("meeting", upcoming, "name", "Alice Matrix", "organization", "ACME-TEL"))
                .post("/register").then().statusCode(200).extract().path("id");

        Map<String, Map<String, Object>> bodies = bodies(upcoming, pending);
        List<String> wrong = new ArrayList<>();
        for (var row : MATRIX.entrySet()) {
            for (int c = 0; c < CALLERS.size(); c++) {
                String caller = CALLERS.get(c);
                RequestSpecification request = RestAssured.given().contentType("application/json");
                if (tokens.containsKey(caller)) {
                    request.header("Authorization", "Bearer " + tokens.get(caller));
                }
                if (!withoutInput.contains(row.getKey())) {
                    request.body(bodies.getOrDefault(row.getKey(), Map.of()));
                }
                int status = request.post("/" + row.getKey()).then().extract().statusCode();
                char expected = row.getValue().charAt(c);
                boolean ok = switch (expected) {
                    case 'A' -> status != 401 && status != 403 && status < 500;
                    case 'U' -> status == 401;
                    case 'F' -> status == 403;
                    case 'N' -> status == 404;
                    default -> false;
                };
                if (!ok) {
                    wrong.add(row.getKey() + " as " + caller + ": expected " + expected + ", got " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Bodies that pass authorization's preconditions; validation may still refuse them (that is 'A'). */
    static Map<String, Map<String, Object>> bodies(String upcoming, String pending) {
        Map<String, Map<String, Object>> b = new LinkedHashMap<>();
        b.put("meeting", Map.of("id", "SG13-2020-12-07"));
        b.put("deadlines", Map.of("meeting", "SG13-2020-12-07"));
        b.put("checkDeadline", Map.of("meeting", "SG13-2020-12-07", "kind", "REGISTRATION"));
        b.put("keyDeadlines", Map.of("meeting", "SG13-2020-12-07"));
        b.put("agenda", Map.of("meeting", "SG2-2020-09-07"));
        b.put("agendaChanges", Map.of("meeting", "SG2-2020-09-07", "from", 1, "to", 2));
        b.put("verifyRemoteAccess", Map.of("token", "forged.token.value"));
        b.put("withdrawRegistration", Map.of("id", "SG1-2099-01-01-R-nothing"));
        b.put("remoteAccess", Map.of("meeting", upcoming));
        b.put("pendingRegistrations", Map.of("organization", "ACME-TEL"));
        b.put("setAutoApproval", Map.of("organization", "ACME-TEL", "scope", "GROUP", "group", "SG99", "enabled", false));
        b.put("decideRegistration", Map.of("id", pending, "decision", "REJECT", "reason", "authorization matrix"));
        b.put("participants", Map.of("meeting", upcoming, "organization", "ACME-TEL"));
        b.put("documents", Map.of("meeting", upcoming));
        b.put("document", Map.of("meeting", upcoming, "number", "SG17-C999"));
        b.put("allocationTable", Map.of("meeting", upcoming));
        b.put("sweepDeadlines", Map.of("at", "2079-02-01T00:00:00Z"));
        b.put("auditTrail", Map.of("meeting", upcoming));
        return b;
    }
}
