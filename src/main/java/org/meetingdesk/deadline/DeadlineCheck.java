package org.meetingdesk.deadline;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether something done at {@code at} met a deadline.
 *
 * @param by how far from the closing instant, as an ISO-8601 duration: time to spare when on time,
 *           lateness when late
 */
public record DeadlineCheck(String meeting, DeadlineKind kind, boolean onTime, String closesAt, String at, String by) {

    public static DeadlineCheck of(String meeting, Deadline d, Instant at) {
        Duration gap = Duration.between(at, d.closesAt().toInstant()).abs();
        return new DeadlineCheck(meeting, d.kind(), d.isOpenAt(at), DeadlineView.ISO.format(d.closesAt()),
                DeadlineView.ISO.format(at.atZone(d.closesAt().getZone())), gap.toString());
    }
}
