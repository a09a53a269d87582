package org.meetingdesk.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A deadline as clients see it at an instant.
 *
 * @param closesAt      the closing instant with the meeting zone's offset (ISO-8601)
 * @param closesAtLocal the same instant in the caller's zone, when one was asked for
 * @param remaining     ISO-8601 duration until it closes ({@code PT0S} once closed)
 */
public record DeadlineView(DeadlineKind kind, String date, String closesAt, String rule, String ruleDate,
        boolean override, boolean stated, boolean open, String remaining, String closesAtLocal, String localZone) {

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    public static DeadlineView of(Deadline d, Instant at, ZoneId displayZone) {
        return new DeadlineView(d.kind(), d.date().toString(), ISO.format(d.closesAt()), d.rule(),
                d.ruleDate() == null ? null : d.ruleDate().toString(), d.override(), d.stated(),
                d.isOpenAt(at), d.remainingAt(at).toString(),
                displayZone == null ? null : ISO.format(d.closesAt().withZoneSameInstant(displayZone)),
                displayZone == null ? null : displayZone.getId());
    }
}
