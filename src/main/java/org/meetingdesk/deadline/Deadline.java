package org.meetingdesk.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One deadline of a meeting.
 *
 * @param date     the Geneva calendar date the letter prints
 * @param closesAt the first instant that is late: the start of the next day in the meeting's zone.
 *                 An exclusive bound avoids the "23:59:59.999" family of off-by-one bugs.
 * @param rule     how the default date is derived ("start minus 1 calendar month"), or
 *                 {@code null} when no rule applies to this kind for this meeting
 * @param ruleDate the date the rule gives, kept beside a stated date so an override is visible
 * @param override the letter states a date that differs from the rule (or no rule applies)
 * @param stated   the date comes from the letter rather than from the rule
 */
public record Deadline(DeadlineKind kind, LocalDate date, ZonedDateTime closesAt, String rule,
        LocalDate ruleDate, boolean override, boolean stated) {

    public boolean isOpenAt(Instant at) {
        return at.isBefore(closesAt.toInstant());
    }

    /** Time left until the window closes; zero once it has closed. */
    public Duration remainingAt(Instant at) {
        Duration d = Duration.between(at, closesAt.toInstant());
        return d.isNegative() ? Duration.ZERO : d;
    }
}
