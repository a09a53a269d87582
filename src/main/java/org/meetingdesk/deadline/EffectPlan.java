package org.meetingdesk.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The effects a meeting's deadlines schedule (issue 4), written into the due-by-day index when a
 * meeting is published or moved, so the sweep finds what is due with a key query instead of
 * scanning meetings. Pure: the reminder offsets come from configuration.
 */
public final class EffectPlan {

    /** Contribution deadlines remind delegates; registration chases focal points. */
    public record Policy(List<Duration> contributionReminders, List<Duration> focalPointReminders) {
    }

    private EffectPlan() {
    }

    /** Every effect the deadlines and the opening give, reminders whose moment has passed included. */
    public static List<ScheduledEffect> all(List<Deadline> deadlines, Instant opensAt, Policy policy) {
        List<ScheduledEffect> out = new ArrayList<>();
        for (Deadline d : deadlines) {
            Instant closes = d.closesAt().toInstant();
            out.add(new ScheduledEffect("CLOSE#" + d.kind(), ScheduledEffect.Type.CLOSE, d.kind(), null, closes));
            if (d.kind() == DeadlineKind.TRANSLATION || d.kind() == DeadlineKind.CONTRIBUTION) {
                for (Duration before : policy.contributionReminders()) {
                    out.add(new ScheduledEffect("REMIND#" + d.kind() + "#" + before, ScheduledEffect.Type.REMIND, d.kind(),
                            before, closes.minus(before)));
                }
            }
            if (d.kind() == DeadlineKind.REGISTRATION) {
                for (Duration before : policy.focalPointReminders()) {
                    out.add(new ScheduledEffect("CHASE#" + d.kind() + "#" + before, ScheduledEffect.Type.CHASE, d.kind(),
                            before, closes.minus(before)));
                }
            }
        }
        out.add(new ScheduledEffect("EXPIRE", ScheduledEffect.Type.EXPIRE, null, null, opensAt));
        return out;
    }

    /**
     * The effects to arm at publication: reminders whose moment has already passed are dropped (a
     * meeting published late must not send "7 days left" when one day is left); closings and the
     * expiry stay, so they are recorded once even for a meeting published after the fact.
     */
    public static List<ScheduledEffect> toArm(List<Deadline> deadlines, Instant opensAt, Policy policy, Instant now) {
        return all(deadlines, opensAt, policy).stream()
                .filter(e -> e.type() == ScheduledEffect.Type.CLOSE || e.type() == ScheduledEffect.Type.EXPIRE
                        || e.dueAt().isAfter(now))
                .toList();
    }
}
