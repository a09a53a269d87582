package org.meetingdesk.registration;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;

/**
 * The HMAC secret that signs remote-access join tokens. In AWS it comes from the environment
 * ({@code meetingdesk.remote-access.secret}); in dev and tests a random one is made at start, so
 * no secret is ever committed. A prod start without one fails rather than signing with a guess.
 */
@ApplicationScoped
public class RemoteAccessKey {

    private static final Logger LOG = Logger.getLogger(RemoteAccessKey.class);

    private final String secret;

    public RemoteAccessKey(@ConfigProperty(name = "meetingdesk.remote-access.secret") Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            if (configured.get().getBytes(StandardCharsets.UTF_8).length < 32) {
                throw new IllegalStateException("meetingdesk.remote-access.secret must be at least 32 bytes (HS256)");
            }
            this.secret = configured.get();
        } else if (LaunchMode.current() != LaunchMode.NORMAL) {
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            LOG.debug("remote-access secret generated for this run");
        } else {
            throw new IllegalStateException("meetingdesk.remote-access.secret is not set");
        }
    }

    String secret() {
        return secret;
    }

    byte[] bytes() {
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
