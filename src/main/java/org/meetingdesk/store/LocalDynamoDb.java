package org.meetingdesk.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: DynamoDB Local in this JVM, in memory, so {@code ./mvnw quarkus:dev} needs no Docker
 * and no AWS account. It starts only when the configured endpoint is on this machine and nothing
 * listens there yet; point {@code quarkus.dynamodb.endpoint-override} elsewhere to use another store.
 * DynamoDB Local is a {@code provided} dependency: present for dev and tests, absent from Lambda.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class LocalDynamoDb {

    private static final Logger LOG = Logger.getLogger(LocalDynamoDb.class);
    private DynamoDBProxyServer server;

    void onStart(@Observes @Priority(10) StartupEvent event,
            @ConfigProperty(name = "quarkus.dynamodb.endpoint-override") URI endpoint) throws Exception {
        boolean local = "localhost".equals(endpoint.getHost()) || "127.0.0.1".equals(endpoint.getHost());
        if (local && !listening(endpoint.getPort())) {
            server = start(endpoint.getPort());
            LOG.infof("DynamoDB Local (in memory) started on port %d", endpoint.getPort());
        }
    }

    void onStop(@Observes ShutdownEvent event) throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    /** Starts an in-memory DynamoDB Local on a port; also used by the tests. */
    public static DynamoDBProxyServer start(int port) throws Exception {
        DynamoDBProxyServer s = ServerRunner.createServerFromCommandLineArgs(
                new String[] { "-inMemory", "-port", Integer.toString(port), "-disableTelemetry" });
        s.start();
        return s;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Whether something already answers on a local port (then a local engine is not started). */
    public static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
