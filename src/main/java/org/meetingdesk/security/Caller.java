package org.meetingdesk.security;

import java.util.Set;

/**
 * Who is calling, read once from the verified token. Services take a {@code Caller}; they never
 * read tokens or trust identity fields from a request body.
 */
public record Caller(String subject, String email, String name, String organization, Set<String> groups) {

    public static final Caller ANONYMOUS = new Caller(null, null, null, null, Set.of());

    public boolean anonymous() {
        return subject == null;
    }

    public boolean is(String role) {
        return groups.contains(role);
    }
}
