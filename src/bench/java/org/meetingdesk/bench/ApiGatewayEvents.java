package org.meetingdesk.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** API Gateway HTTP API (payload format 2.0) events, as API Gateway hands them to the function. */
final class ApiGatewayEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiGatewayEvents() {
    }

    /** A {@code GET path?query} event; {@code query} is already URL-encoded, may be empty. */
    static String get(String path, String query) {
        return event("GET", path, query, Map.of(), null, null);
    }

    /** A {@code POST path} event with a JSON body, signed in with a bearer token (null: anonymous). */
    static String post(String path, String json, String bearer) {
        return event("POST", path, "", bearer == null ? Map.of() : Map.of("authorization", "Bearer " + bearer), json, null);
    }

    /**
     * The EventBridge schedule's call: a POST whose request context carries the scheduler role's IAM
     * identity, as the stack's schedule target sends it (see {@code security.SchedulerIdentity}).
     */
    static String scheduled(String path, String json, String roleArn) {
        return event("POST", path, "", Map.of(), json, Map.of("iam", Map.of("userArn", roleArn, "accountId", "123456789012")));
    }

    private static String event(String method, String path, String query, Map<String, String> extraHeaders, String body,
            Map<String, Object> authorizer) {
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", method);
        http.put("path", path);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", "meetingdesk-bench");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accountId", "123456789012");
        context.put("apiId", "bench");
        context.put("domainName", "bench.execute-api.eu-central-2.amazonaws.com");
        context.put("domainPrefix", "bench");
        context.put("http", http);
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", "$default");
        context.put("stage", "$default");
        context.put("timeEpoch", Instant.now().toEpochMilli());
        if (authorizer != null) {
            context.put("authorizer", authorizer);
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", path);
        event.put("rawQueryString", query);
        Map<String, String> headers = new LinkedHashMap<>(Map.of("accept", "application/json",
                "host", "bench.execute-api.eu-central-2.amazonaws.com", "user-agent", "meetingdesk-bench"));
        if (body != null) {
            headers.put("content-type", "application/json");
        }
        headers.putAll(extraHeaders);
        event.put("headers", headers);
        if (!query.isEmpty()) {
            Map<String, String> params = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
            event.put("queryStringParameters", params);
        }
        event.put("requestContext", context);
        if (body != null) {
            event.put("body", body);
        }
        event.put("isBase64Encoded", false);
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP status of a function's API Gateway v2 answer. */
    static int status(String answer) {
        try {
            JsonNode node = JSON.readTree(answer);
            return node.path("statusCode").asInt(-1);
        } catch (JsonProcessingException e) {
            return -1;
        }
    }

    /** The body of a function's API Gateway v2 answer. */
    static JsonNode body(String answer) {
        try {
            return JSON.readTree(JSON.readTree(answer).path("body").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer body is not JSON: " + answer, e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
