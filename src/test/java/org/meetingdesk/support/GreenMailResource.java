package org.meetingdesk.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.meetingdesk.store.LocalDynamoDb;

/**
 * A real SMTP server (GreenMail) in the test JVM on a free port; the mailer really sends to it
 * (mock off), so tests read what a mail server received.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        try {
            int port = LocalDynamoDb.freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", Integer.toString(port), "quarkus.mailer.tls", "false");
        } catch (Exception e) {
            throw new IllegalStateException("GreenMail did not start", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static GreenMail server() {
        return server;
    }
}
