package org.meetingdesk.registration;

import java.time.Instant;

/**
 * One person's registration for one meeting.
 *
 * @param id               {@code <meeting>-R-<random>}: the meeting is part of the id, so every
 *                         registration lives beside its meeting in the store
 * @param subject          the token subject of the delegate; identity never comes from a body
 * @param category         the organization's membership category when the request was made
 * @param country          the organization's country when the request was made
 * @param gender           self-declared, for statistics only; never shown in lists
 * @param language         the language of the delegate's mails
 * @param late             made after the registration deadline, under late registration
 * @param holdsPlace       counted in the meeting's places (only meetings with a capacity count)
 * @param fingerprint      what the delegate asked for, to tell a repeat from a different request
 * @param remoteNonce      the current remote-access grant; null until access is first granted
 * @param version          bumped by every transition; every write is conditional on it
 */
public record Registration(String id, String meeting, String subject, String email, String name,
        String organization, org.meetingdesk.organization.MembershipCategory category, String country,
        String role, Gender gender, String language, RegistrationOptions options, RegistrationStatus status,
        boolean late, boolean holdsPlace, String fingerprint, Instant createdAt, Instant decidedAt, String decidedBy,
        String reason, String remoteNonce, long version) {

    public static final String ID_SEPARATOR = "-R-";

    /** The meeting id of a registration id, or null when it is not one. */
    public static String meetingOf(String id) {
        int at = id == null ? -1 : id.lastIndexOf(ID_SEPARATOR);
        return at <= 0 ? null : id.substring(0, at);
    }

    public Registration to(RegistrationStatus next, Instant at, String by, String why, boolean place) {
        boolean decision = next == RegistrationStatus.APPROVED || next == RegistrationStatus.REJECTED;
        return new Registration(id, meeting, subject, email, name, organization, category, country, role, gender,
                language, options, next, late, place, fingerprint, createdAt, decision ? at : decidedAt,
                decision ? by : decidedBy, why, next == RegistrationStatus.APPROVED ? remoteNonce : null, version + 1);
    }

    public Registration withRemoteNonce(String nonce) {
        return new Registration(id, meeting, subject, email, name, organization, category, country, role, gender,
                language, options, status, late, holdsPlace, fingerprint, createdAt, decidedAt, decidedBy, reason,
                nonce, version + 1);
    }
}
