package org.meetingdesk.mail;

import java.time.Duration;

import java.time.Instant;
import java.util.List;

/**
 * Storage port of the mail outbox. Outbox items are created by other repositories inside their
 * own transactions; this port only reads and settles them.
 */
public interface OutboxRepository {

    /**
     * How long a sender holds a mail before someone else may send it: longer than an SMTP send takes
     * (the mailer gives up after 5 s), so two senders never hold the same mail. A mail written together with
     * the change it reports is written already claimed by that request (until its {@code createdAt}
     * plus this), because the request sends it right after committing: that saves a claim write per
     * mail, and if the request dies first the claim runs out and the sweep sends it.
     */
    Duration SENDER_CLAIM = Duration.ofMinutes(2);

    /**
     * Queues a mail on its own (not part of another change, e.g. a scheduled reminder).
     *
     * @return false when a mail with this key was queued before: the idempotent no-op that makes
     *         a repeated sweep tick harmless
     */
    boolean enqueue(OutboxMail mail);

    /** Unsent mails, oldest first: a key query on the pending index (sent mails leave it). */
    List<OutboxMail> pending(int limit);

    /**
     * Claims an unsent mail for one sender until {@code until}: a conditional write that fails
     * when it is sent already or another sender holds an unexpired claim.
     *
     * @return whether this caller holds the claim
     */
    boolean claim(String key, Instant now, Instant until);

    /** Marks a mail sent (conditional on it being unsent) and drops it from the pending index. */
    void markSent(String key, Instant at);

    /** Records a failed attempt; the mail stays pending for the next sweep. */
    void markFailed(String key, String error);
}
