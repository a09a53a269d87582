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
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", "GET");
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
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", path);
        event.put("rawQueryString", query);
        event.put("headers", Map.of("accept", "application/json", "host", "bench.execute-api.eu-central-2.amazonaws.com",
                "user-agent", "meetingdesk-bench"));
        if (!query.isEmpty()) {
            Map<String, String> params = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
            event.put("queryStringParameters", params);
        }
        event.put("requestContext", context);
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

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
