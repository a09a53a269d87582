package org.meetingdesk.registration;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.meetingdesk.mail.OutboxMail;
import org.meetingdesk.organization.AutoApprovalSettings;
import org.meetingdesk.organization.Organization;
import org.meetingdesk.organization.OrganizationView;

/**
 * Records Jackson reads and writes by reflection: stored documents, and nested types of function
 * answers that Funqy's own registration may not reach. Needed in a native image only.
 */
@RegisterForReflection(targets = { Registration.class, RegistrationOptions.class, AuditEntry.class, Organization.class,
        OutboxMail.class, Participants.Item.class, Participants.Stats.class, RemoteAccess.Verified.class,
        RegistrationView.class, AutoApprovalSettings.class, OrganizationView.class })
final class RegistrationReflection {

    private RegistrationReflection() {
    }
}
