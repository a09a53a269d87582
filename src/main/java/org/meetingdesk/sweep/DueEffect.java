package org.meetingdesk.sweep;

import org.meetingdesk.deadline.ScheduledEffect;

/** A scheduled effect of a meeting found due by the sweep. */
public record DueEffect(String meeting, ScheduledEffect effect) {
}
