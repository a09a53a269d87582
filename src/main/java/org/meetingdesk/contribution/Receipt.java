package org.meetingdesk.contribution;

import java.util.List;

import org.meetingdesk.deadline.DeadlineCheck;

/**
 * The evidence of how a document was classified when it arrived, kept with it for good: the
 * receipt instant, each deadline it was compared with (closing instant, on time or not, by how
 * much) and the rule that decided.
 *
 * @param note set when the outcome differs from what the submitter asked (a late translation request)
 */
public record Receipt(String receivedAt, Classification classification, List<DeadlineCheck> compared, String rule,
        String note) {
}
