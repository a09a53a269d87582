package org.meetingdesk.support;

import java.util.Map;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.meetingdesk.store.LocalDynamoDb;

/**
 * DynamoDB Local in the test JVM on a free port: the real engine, no Docker. The application
 * reaches it through a {@link CuttableProxy}, so resilience tests can take the store away.
 */
public class DynamoDbLocalResource implements QuarkusTestResourceLifecycleManager {

    private static DynamoDBProxyServer server;
    private static CuttableProxy proxy;
    private static int port;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (server == null) {
                port = LocalDynamoDb.freePort();
                server = LocalDynamoDb.start(port);
                proxy = new CuttableProxy(port);
            }
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start", e);
        }
        return Map.of("quarkus.dynamodb.endpoint-override", "http://localhost:" + proxy.port());
    }

    @Override
    public synchronized void stop() {
        // Kept for the whole JVM: every @QuarkusTest class shares one application and one store.
    }

    /** The DynamoDB Local port itself, bypassing the proxy (for tests that read the store directly). */
    public static int port() {
        return port;
    }

    public static CuttableProxy proxy() {
        return proxy;
    }
}
