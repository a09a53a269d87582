package org.meetingdesk.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.meetingdesk.problem.DeskException;

/**
 * Reads the instants, dates and zones clients send as text. They arrive as strings because Funqy's
 * query-string binding (GET) only knows simple types; each failure names its field.
 */
public final class TimeInputs {

    private TimeInputs() {
    }

    /** An ISO-8601 instant with an offset ("2020-11-07T23:59:59+01:00" or "...Z"); absent means now. */
    public static Instant instantOr(String field, String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw DeskException.invalid(field, "must be an ISO-8601 instant with offset, e.g. 2020-11-07T23:59:59+01:00");
        }
    }

    public static ZoneId zoneOrNull(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw DeskException.invalid(field, "is not a time-zone id such as Europe/Zurich or Asia/Shanghai");
        }
    }

    public static LocalDate dateOrNull(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw DeskException.invalid(field, "must be a date like 2020-12-07");
        }
    }
}
