package org.meetingdesk.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.funqy.runtime.FunctionInvoker;
import io.quarkus.funqy.runtime.FunctionRecorder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.support.Api;
import org.meetingdesk.support.DynamoDbLocalResource;

/**
 * Generated bad input against every function the application registers (found at run time, so a
 * new function is fuzzed without editing this test): random JSON built from the function's own
 * field names, and mutations of a well-formed body (wrong types, missing fields, truncation, noise,
 * huge and odd strings). Whatever arrives, the answer is never a 5xx, and every 4xx is problem+json
 * whose validation errors name a field. The seed is fixed and printed, so a failure replays.
 *
 * <p>It calls every function as the secretariat, so a lucky body really does replace a sample
 * meeting or organization: it runs after every other test class (see junit-platform.properties).
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class FuzzTest {

    static final int BODIES = Integer.getInteger("fuzz.bodies", 10_000);
    static final long SEED = Long.getLong("fuzz.seed", 20201207L);
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Quarkus points rest-assured at the real (random) port of the Lambda mock event server. */
    String base;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noBodyEverCausesA5xx() throws Exception {
        base = "http://localhost:" + io.restassured.RestAssured.port + "/";
        String token = Api.token("fuzzer", "ACME-TEL", "delegate", "focal-point", "member", "secretariat");
        Map<String, List<String>> fields = new TreeMap<>();
        for (FunctionInvoker invoker : FunctionRecorder.registry.invokers()) {
            fields.put(invoker.getName(), invoker.hasInput() ? fieldNames(invoker.getInputType()) : List.of());
        }
        assertTrue(fields.size() >= 5, "functions found: " + fields.keySet());
        List<String> names = new ArrayList<>(fields.keySet());
        // Bodies are generated first, in order, so the seed alone replays a run; they are then sent
        // by four clients at once (the server's worker pool is the thing under test, not the client).
        Random random = new Random(SEED);
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < BODIES; i++) {
            String fn = names.get(random.nextInt(names.size()));
            cases.add(new String[] { fn, body(random, fields.get(fn)), random.nextInt(4) != 0 ? token : null });
        }
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (String[] c : cases) {
            sent.add(pool.submit(() -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + c[0])).timeout(Duration.ofSeconds(30))
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(c[1], StandardCharsets.UTF_8));
                if (c[2] != null) {
                    request.header("authorization", "Bearer " + c[2]);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                statuses.merge(status, 1, Integer::sum);
                String problem = check(status, response);
                if (problem != null && failures.size() < 20) {
                    failures.add(c[0] + " <- " + abbreviate(c[1]) + " : " + status + " " + problem + " " + abbreviate(response.body()));
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("fuzz: %d bodies over %d functions, seed %d, statuses %s%n", BODIES, names.size(), SEED, statuses);
        assertEquals(List.of(), failures);
    }

    private String check(int status, HttpResponse<String> response) throws Exception {
        if (status >= 500) {
            return "server error";
        }
        if (status < 400) {
            return null;
        }
        if (!response.headers().firstValue("content-type").orElse("").startsWith("application/problem+json")) {
            return "not problem+json";
        }
        JsonNode problem = json.readTree(response.body());
        if (problem.path("status").asInt() != status || !problem.hasNonNull("type") || !problem.hasNonNull("title")) {
            return "incomplete problem";
        }
        if (status == 400) {
            JsonNode errors = problem.path("errors");
            if (!errors.isArray() || errors.isEmpty()) {
                return "400 without errors";
            }
            for (JsonNode e : errors) {
                if (e.path("field").asText().isBlank() || e.path("message").asText().isBlank()) {
                    return "error without field or message";
                }
            }
        }
        return null;
    }

    private String body(Random r, List<String> fields) throws Exception {
        return switch (r.nextInt(6)) {
            case 0 -> garbage(r);
            case 1 -> {
                String valid = json.writeValueAsString(object(r, fields, 0, 0.9));
                yield valid.substring(0, r.nextInt(valid.length() + 1)); // truncated
            }
            case 2 -> json.writeValueAsString(value(r, 0)); // any JSON, often not an object
            default -> json.writeValueAsString(object(r, fields, 0, 0.7));
        };
    }

    private ObjectNode object(Random r, List<String> fields, int depth, double knownShare) {
        ObjectNode o = F.objectNode();
        int n = r.nextInt(Math.max(2, fields.size() + 2));
        for (int i = 0; i < n; i++) {
            String name = !fields.isEmpty() && r.nextDouble() < knownShare ? fields.get(r.nextInt(fields.size()))
                    : randomString(r, 12);
            o.set(name, value(r, depth + 1));
        }
        return o;
    }

    private JsonNode value(Random r, int depth) {
        int pick = r.nextInt(depth > 3 ? 9 : 11);
        return switch (pick) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(r.nextBoolean());
            case 2 -> F.numberNode(r.nextInt());
            case 3 -> F.numberNode(r.nextLong());
            case 4 -> F.numberNode(r.nextDouble() * 1e12 - 5e11);
            case 5 -> F.textNode(randomString(r, 40));
            case 6 -> F.textNode(plausible(r));
            case 7 -> F.textNode("x".repeat(r.nextInt(20_000)));
            case 8 -> F.textNode("");
            case 9 -> {
                ArrayNode a = F.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(value(r, depth + 1));
                }
                yield a;
            }
            default -> object(r, List.of("kind", "date", "en", "number", "title", "email", "reference"), depth + 1, 0.5);
        };
    }

    /** Values that pass the first checks and fail deeper ones. */
    private static String plausible(Random r) {
        String[] values = { "SG13-2020-12-07", "SG2-2020-09-07", "SG13", "WP1/5", "TSAG", "2020-02-30", "2020-12-07",
                "2020-11-07T23:59:59+01:00", "24:61", "10:00", "VIRTUAL", "ON_SITE", "APPROVE", "REJECT", "REGISTRATION",
                "en", "zh", "Europe/Zurich", "Mars/Base", "-1", "NaN", "1e309", "\u0000", "\uD800", "<script>", "' OR 1=1 --",
                "../../etc/passwd", "SG2-C12", "1.4 a)", "ACME-TEL", "alice@example.org", "Q2/13" };
        return values[r.nextInt(values.length)];
    }

    private static String randomString(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            int kind = r.nextInt(4);
            sb.append(kind == 0 ? (char) (0x20 + r.nextInt(0x5f)) : kind == 1 ? (char) (0x4e00 + r.nextInt(0x5000))
                    : kind == 2 ? (char) (0x400 + r.nextInt(0x100)) : (char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    private static String garbage(Random r) {
        String[] shapes = { "{", "}", "[", "]", "\"", ":", ",", "null", "tru", "1.2.3", "{\"a\":", "\\u12", "\u00ff", " " };
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(30); i > 0; i--) {
            sb.append(shapes[r.nextInt(shapes.length)]);
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** The JSON field names of a function's input type, nested ones included, for realistic bodies. */
    static List<String> fieldNames(Type type) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        collect(type, names, 0);
        return new ArrayList<>(names.keySet());
    }

    private static void collect(Type type, Map<String, Boolean> names, int depth) {
        if (depth > 3) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                collect(arg, names, depth + 1);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.getName().startsWith("java.") || c.isEnum()) {
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                names.put(rc.getName(), true);
                collect(rc.getGenericType(), names, depth + 1);
            }
            return;
        }
        for (Field f : c.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                names.put(f.getName(), true);
                collect(f.getGenericType(), names, depth + 1);
            }
        }
    }
}
