package org.meetingdesk.contribution;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A document as members see it, with a download link that works for a few minutes only.
 *
 * @param downloadUrl       a presigned GET of the file; anyone holding it can download until
 *                          {@code downloadExpiresAt}, so it is handed only to members
 */
public record DocumentView(String meeting, String number, DocumentKind kind, int revision, String revises,
        String title, List<String> source, Document.Contact contact, boolean forAction, boolean translationRequested,
        List<String> agendaItems, List<String> questions, @JsonProperty("abstract") String summary,
        Classification classification, boolean accepted, String receivedAt, Receipt receipt,
        Document.LateAcceptance lateAcceptance, String fileName, String contentType, long size, String sha256,
        String downloadUrl, String downloadExpiresAt) {

    static DocumentView of(Document d, String downloadUrl, String downloadExpiresAt) {
        return new DocumentView(d.meeting(), d.number().toString(), d.kind(), d.number().revision(), d.revises(),
                d.title(), d.source(), d.contact(), d.forAction(), d.translationRequested(), d.agendaItems(),
                d.questions(), d.summary(), d.classification(), d.accepted(), d.receipt().receivedAt(), d.receipt(),
                d.lateAcceptance(), d.fileName(), d.fileType().contentType, d.size(), d.sha256(), downloadUrl,
                downloadExpiresAt);
    }
}
