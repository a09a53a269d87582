package org.meetingdesk.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Records every DynamoDB operation the app's client makes in tests (registered by
 * {@code %test.quarkus.dynamodb.interceptors}), so tests can hold a function to its budget of
 * calls: each call is latency on Lambda and capacity on the bill.
 */
public class DynamoCalls implements ExecutionInterceptor {

    private static final List<String> CALLS = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        CALLS.add(context.request().getClass().getSimpleName().replace("Request", ""));
    }

    public static void reset() {
        CALLS.clear();
    }

    /** Operations since the last reset, in order, e.g. {@code [GetItem, TransactWriteItems]}. */
    public static List<String> calls() {
        return List.copyOf(CALLS);
    }
}
