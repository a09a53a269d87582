package org.meetingdesk.registration;

import java.time.Instant;

/** A registration as its delegate and their focal point see it (no gender, no grant nonce). */
public record RegistrationView(String id, String meeting, String subject, String name, String email,
        String organization, String role, String language, RegistrationStatus status, boolean late,
        RegistrationOptions options, Instant createdAt, Instant decidedAt, String decidedBy, String reason,
        Integer waitlistPosition) {

    public static RegistrationView of(Registration r, Integer waitlistPosition) {
        return new RegistrationView(r.id(), r.meeting(), r.subject(), r.name(), r.email(), r.organization(), r.role(),
                r.language(), r.status(), r.late(), r.options(), r.createdAt(), r.decidedAt(), r.decidedBy(),
                r.reason(), r.status() == RegistrationStatus.WAITLISTED ? waitlistPosition : null);
    }
}
