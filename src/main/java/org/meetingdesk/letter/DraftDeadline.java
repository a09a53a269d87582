package org.meetingdesk.letter;

import java.time.LocalDate;

/**
 * One deadline of the draft, compared with the A.1 rule.
 *
 * @param kind     a {@link org.meetingdesk.deadline.DeadlineKind} name, or {@code OTHER} for a date the
 *                 rules do not know (captioning, side events)
 * @param text     the letter's own words for it; null when the letter does not state this kind
 * @param rule     the A.1 rule text, null for OTHER or when no rule applies
 * @param ruleDate the date the rule gives
 * @param override the letter states a date other than the rule's
 * @param stated   the date comes from the letter (otherwise from the rule)
 */
public record DraftDeadline(String kind, LocalDate date, String text, String rule, LocalDate ruleDate,
        boolean override, boolean stated) {

    public static final String OTHER = "OTHER";
}
