package org.meetingdesk.registration;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.meetingdesk.mail.OutboxMail;
import org.meetingdesk.organization.Organization;

/** Records stored as JSON documents (not returned by a function) must be readable in a native image. */
@RegisterForReflection(targets = { Registration.class, RegistrationOptions.class, AuditEntry.class, Organization.class,
        OutboxMail.class })
final class RegistrationReflection {

    private RegistrationReflection() {
    }
}
