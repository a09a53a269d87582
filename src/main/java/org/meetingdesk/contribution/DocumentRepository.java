package org.meetingdesk.contribution;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

/**
 * Storage port for a meeting's documents. Implemented once, by the DynamoDB adapter in {@code store}.
 */
public interface DocumentRepository {

    /**
     * Takes the next serial of the meeting's series of {@code kind} and stores the document built
     * for it, in one atomic write: the series has no gaps (a serial is used only if its document
     * is stored) and no duplicates, however many submissions race; a losing racer is retried with
     * the next serial.
     *
     * @param numbered builds the document for a serial (1, 2, …); may be called more than once
     * @return the stored document
     * @throws org.meetingdesk.problem.DeskException UNAVAILABLE when contention outlasts the retries
     */
    Document createNumbered(String meetingId, DocumentKind kind, LongFunction<Document> numbered);

    /**
     * Stores the next revision of an original (revision 0) document, atomically with the original's
     * revision counter: revisions R1, R2, … have no gaps or duplicates.
     *
     * @param revised builds the revision for a revision number (1, 2, …); may be called more than once
     */
    Document createRevision(Document original, IntFunction<Document> revised);

    Optional<Document> find(String meetingId, DocumentNumber number);

    /** Every document of the meeting, each revision on its own, in number order. A key query, never a scan. */
    List<Document> list(String meetingId);

    /**
     * Records the secretariat's acceptance of a LATE contribution.
     *
     * @throws org.meetingdesk.problem.DeskException CONFLICT when it was accepted meanwhile
     */
    void acceptLate(Document accepted);
}
