package org.meetingdesk.support;

import java.util.Map;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.meetingdesk.store.LocalDynamoDb;

/** DynamoDB Local in the test JVM on a free port: the real engine, no Docker. */
public class DynamoDbLocalResource implements QuarkusTestResourceLifecycleManager {

    private DynamoDBProxyServer server;
    private static int port;

    @Override
    public Map<String, String> start() {
        try {
            port = LocalDynamoDb.freePort();
            server = LocalDynamoDb.start(port);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start", e);
        }
        return Map.of("quarkus.dynamodb.endpoint-override", "http://localhost:" + port);
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static int port() {
        return port;
    }
}
