package org.meetingdesk.contribution;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.meetingdesk.deadline.DeadlineCheck;

/** The stored document (JSON in the table) is read and written by reflection: register it for native images. */
@RegisterForReflection(targets = { Document.class, Document.Contact.class, Document.LateAcceptance.class,
        DocumentNumber.class, Receipt.class, DeadlineCheck.class, DocumentFile.Type.class })
final class ContributionReflection {
    private ContributionReflection() {
    }
}
