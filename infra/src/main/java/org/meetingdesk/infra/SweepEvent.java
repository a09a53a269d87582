package org.meetingdesk.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The constant input of the scheduled sweep: an API Gateway HTTP API (payload 2.0) event for
 * {@code POST /sweepDeadlines} with an empty body, so the same Funqy-over-Lambda-HTTP artifact
 * that serves the API runs the sweep unchanged.
 *
 * <p>Its identity is {@code requestContext.authorizer.iam} naming the scheduler's role. The HTTP
 * API has no IAM-authorized route, so API Gateway never produces this identity for any caller;
 * and the sweep function has no route at all. The application maps exactly this ARN (given to
 * the sweep function as {@code MEETINGDESK_SCHEDULER_ROLE_ARN}) to the {@code scheduler} role.
 * No {@code at} in the body: the function uses the tick's own clock.
 */
public final class SweepEvent {

    public static final String FUNCTION = Functions.SWEEP_DEADLINES.functionName();

    private SweepEvent() {
    }

    /** @param schedulerRoleArn the role EventBridge Scheduler assumes; {@code accountId} the stack's account */
    public static Map<String, Object> of(String schedulerRoleArn, String accountId) {
        Map<String, Object> iam = new LinkedHashMap<>();
        iam.put("accountId", accountId);
        iam.put("callerId", "scheduler");
        iam.put("userArn", schedulerRoleArn);
        iam.put("userId", "scheduler");

        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", "POST");
        http.put("path", "/" + FUNCTION);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", "Amazon EventBridge Scheduler");

        Map<String, Object> requestContext = new LinkedHashMap<>();
        requestContext.put("accountId", accountId);
        requestContext.put("apiId", "scheduler");
        requestContext.put("authorizer", Map.of("iam", iam));
        requestContext.put("domainName", "scheduler.meetingdesk.internal");
        requestContext.put("http", http);
        requestContext.put("requestId", "scheduled-sweep");
        requestContext.put("routeKey", "POST /" + FUNCTION);
        requestContext.put("stage", "$default");

        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", "POST /" + FUNCTION);
        event.put("rawPath", "/" + FUNCTION);
        event.put("rawQueryString", "");
        event.put("headers", Map.of("content-type", "application/json"));
        event.put("requestContext", requestContext);
        event.put("body", "{}");
        event.put("isBase64Encoded", false);
        return event;
    }
}
