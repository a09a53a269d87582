package org.meetingdesk.contribution;

import java.time.Instant;
import java.util.List;

/**
 * A contribution or TD of a meeting, as stored (the file itself is in {@link DocumentFiles} under
 * {@code fileKey}).
 *
 * @param classification null for TDs
 * @param accepted       false only for a LATE contribution the secretariat has not accepted
 * @param revises        for a revision: the number of the original ("SG2-C12"); else null
 * @param submittedBy    the subject of the caller who submitted it
 * @param submitterOrganization the caller's organization from the token (revisions must match it)
 */
public record Document(String meeting, DocumentNumber number, String title, List<String> source, Contact contact,
        boolean forAction, boolean translationRequested, List<String> agendaItems, List<String> questions,
        String summary, String revises, String fileName, DocumentFile.Type fileType, long size, String sha256,
        String fileKey, String submittedBy, String submitterOrganization, Instant receivedAt,
        Classification classification, boolean accepted, Receipt receipt, LateAcceptance lateAcceptance) {

    /** Whom to ask about a contribution. */
    public record Contact(String name, String email) {
    }

    /** The secretariat's decision to accept a LATE contribution for the meeting after all. */
    public record LateAcceptance(String by, Instant at, String reason) {
    }

    public DocumentKind kind() {
        return number.kind();
    }

    /** The same document, accepted for the meeting by the secretariat. */
    public Document acceptedLate(LateAcceptance acceptance) {
        return new Document(meeting, number, title, source, contact, forAction, translationRequested, agendaItems,
                questions, summary, revises, fileName, fileType, size, sha256, fileKey, submittedBy,
                submitterOrganization, receivedAt, classification, true, receipt, acceptance);
    }

    /** The name a download is offered under: the number and the file's type ("SG2-C12R1.docx"). */
    public String downloadName() {
        return number + "." + fileType.extension;
    }
}
