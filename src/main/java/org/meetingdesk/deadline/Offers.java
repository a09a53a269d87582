package org.meetingdesk.deadline;

/** What a meeting offers that switches optional deadlines on (DESIGN.md §2, "when it applies"). */
public record Offers(boolean fellowships, boolean interpretation, boolean visaLetters) {
}
