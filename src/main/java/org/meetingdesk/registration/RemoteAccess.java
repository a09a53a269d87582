package org.meetingdesk.registration;

import java.time.Instant;

/** A join token for the remote tool and the link that carries it. */
public record RemoteAccess(String token, String link, Instant expiresAt) {

    /** What the remote tool learns from a valid token. */
    public record Verified(boolean valid, String meeting, String registration, String name, Instant expiresAt) {
    }
}
