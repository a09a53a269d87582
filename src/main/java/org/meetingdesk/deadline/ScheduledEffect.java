package org.meetingdesk.deadline;

import java.time.Duration;
import java.time.Instant;

/**
 * Something the scheduled sweep must do once, at or after {@code dueAt}, for one meeting.
 *
 * @param id     stable within the meeting ({@code CLOSE#REGISTRATION}, {@code REMIND#CONTRIBUTION#P7D},
 *               {@code CHASE#REGISTRATION#P3D}, {@code EXPIRE}); the per-effect record that makes it happen once
 * @param kind   the deadline it belongs to; null for {@code EXPIRE}
 * @param before how long before the deadline a reminder goes out; null otherwise
 */
public record ScheduledEffect(String id, Type type, DeadlineKind kind, Duration before, Instant dueAt) {

    public enum Type {
        /** Record that a deadline window has closed. */
        CLOSE,
        /** Remind registered delegates and the group's mailing list that a contribution deadline nears. */
        REMIND,
        /** Send each focal point with pending requests a digest before registration closes. */
        CHASE,
        /** Expire requests still pending when the meeting opens. */
        EXPIRE
    }
}
