package org.meetingdesk.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.adobe.testing.s3mock.S3MockApplication;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: Adobe S3Mock, an S3-compatible server, in this JVM, so documents go through the
 * real S3 client code with no Docker and no AWS account — as {@link LocalDynamoDb} does for the
 * table. It starts only when the configured S3 endpoint is on this machine and nothing listens
 * there yet. S3Mock is a {@code provided} dependency: present for dev and tests, absent from Lambda.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class LocalS3 {

    private static final Logger LOG = Logger.getLogger(LocalS3.class);
    private S3MockApplication server;

    void onStart(@Observes @Priority(11) StartupEvent event,
            @ConfigProperty(name = "quarkus.s3.endpoint-override") URI endpoint) throws IOException {
        boolean local = "localhost".equals(endpoint.getHost()) || "127.0.0.1".equals(endpoint.getHost());
        if (local && !LocalDynamoDb.listening(endpoint.getPort())) {
            server = start(endpoint.getPort());
            LOG.infof("S3Mock (files in a temporary directory) started on port %d", endpoint.getPort());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (server != null) {
            server.stop();
        }
    }

    /**
     * Starts S3Mock on a plain-HTTP port (its HTTPS port is random and unused); also used by the
     * tests. Its stored objects live in a fresh temporary directory, deleted when it stops.
     */
    public static S3MockApplication start(int httpPort) throws IOException {
        // S3Mock is a Spring Boot application: without this, Spring Boot would take over
        // java.util.logging, which Quarkus' log manager owns in this JVM.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        Map<String, Object> props = new HashMap<>();
        props.put(S3MockApplication.PROP_HTTP_PORT, httpPort);
        props.put(S3MockApplication.PROP_HTTPS_PORT, S3MockApplication.RANDOM_PORT);
        props.put(S3MockApplication.PROP_ROOT_DIRECTORY, Files.createTempDirectory("s3mock").toString());
        props.put(S3MockApplication.PROP_SILENT, true);
        props.put("spring.main.banner-mode", "off");
        // Spring Boot would read classpath:application.properties, which in this JVM is Quarkus'
        // file and shadows S3Mock's own; read none and set here what S3Mock's file sets.
        props.put("spring.config.name", "s3mock-in-quarkus");
        props.put("com.adobe.testing.s3mock.region", "eu-central-2");
        props.put("spring.jmx.enabled", false);
        props.put("spring.main.lazy-initialization", true);
        props.put("server.tomcat.max-swallow-size", "10MB");
        props.put("management.endpoints.web.discovery.enabled", false);
        return S3MockApplication.start(props);
    }
}
