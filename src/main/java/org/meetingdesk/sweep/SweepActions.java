package org.meetingdesk.sweep;

import java.time.Duration;
import java.time.Instant;

import org.meetingdesk.deadline.DeadlineKind;

/**
 * What the sweep asks of the registration side. Every method must be idempotent for the same
 * {@code effectKey}: the sweep may call it again after a crash or a duplicate tick, and each mail
 * must still go out once (the outbox dedupes on the key).
 */
public interface SweepActions {

    /** Expires every request of the meeting still pending at {@code at}; returns how many. */
    int expirePending(String meetingId, Instant at);

    /** Queues the contribution-deadline reminder for registered delegates and the group's list. */
    int remindDelegates(String meetingId, DeadlineKind kind, Duration before, String effectKey);

    /** Queues one digest per focal point with requests still pending before registration closes. */
    int chaseFocalPoints(String meetingId, Duration before, String effectKey);

    /** Sends queued mail; returns how many went out. */
    int flushMail(int limit);
}
