package org.meetingdesk.registration;

import java.time.Instant;

/**
 * One transition of a registration, appended (never changed) in the same transaction as the
 * change itself.
 *
 * @param version the registration's version after the transition: with the id, the entry's key
 * @param from    null for the creation
 * @param by      the token subject of whoever caused it ("system" for automatic transitions)
 */
public record AuditEntry(String registration, String meeting, long version, Instant at, String by,
        RegistrationStatus from, RegistrationStatus to, String reason) {

    public static AuditEntry of(Registration before, Registration after, Instant at, String by, String reason) {
        return new AuditEntry(after.id(), after.meeting(), after.version(), at, by,
                before == null ? null : before.status(), after.status(), reason);
    }
}
