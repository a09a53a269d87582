package org.meetingdesk.deadline;

import java.time.LocalDate;

/** A deadline date as the letter states it; it wins over the rule and is kept as an override. */
public record StatedDeadline(DeadlineKind kind, LocalDate date) {
}
