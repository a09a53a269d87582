package org.meetingdesk.support;

import java.util.Map;

import com.adobe.testing.s3mock.S3MockApplication;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.meetingdesk.store.LocalDynamoDb;
import org.meetingdesk.store.LocalS3;

/** Adobe S3Mock in the test JVM on a free port: an S3-compatible server for the real S3 client, no Docker. */
public class S3LocalResource implements QuarkusTestResourceLifecycleManager {

    private S3MockApplication server;

    @Override
    public Map<String, String> start() {
        try {
            int port = LocalDynamoDb.freePort();
            server = LocalS3.start(port);
            return Map.of("quarkus.s3.endpoint-override", "http://localhost:" + port);
        } catch (Exception e) {
            throw new IllegalStateException("S3Mock did not start", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
