package org.meetingdesk.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.meetingdesk.store.LocalDynamoDb;

/**
 * A real SMTP server (GreenMail) in the test JVM on a free port; the mailer really sends to it
 * (mock off), so tests read what a mail server received.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        try {
            port = LocalDynamoDb.freePort();
            startServer();
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

    /** The port the app sends mail to. */
    public static int port() {
        return port;
    }

    /** Takes the SMTP server down, to test what happens to mail during an outage. */
    public static void stopServer() {
        server.stop();
    }

    /** A fresh server on the same port (a stopped GreenMail does not restart cleanly); earlier mail is gone. */
    public static void startServer() {
        server = new PromptGreenMail("127.0.0.1", port);
        server.start();
    }
}
