package org.meetingdesk.sweep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.meetingdesk.deadline.ScheduledEffect;
import org.meetingdesk.time.TimeInputs;

/**
 * The scheduled sweep (issue 4): for a tick instant, do every effect that has come due — close
 * windows, queue reminders and focal-point digests, expire requests still pending at the opening —
 * then send queued mail.
 *
 * <p>EventBridge delivers at least once and ticks may race, so each effect is done through its own
 * per-effect record: the side effect first (idempotent by the effect's key), then a conditional
 * "done" write. A tick that dies part way leaves the rest armed for the next one: nothing lost,
 * nothing doubled. Work found is proportional to what is due: one key query per due day.
 */
@ApplicationScoped
public class SweepService {

    private static final Logger LOG = Logger.getLogger(SweepService.class);

    private final EffectRepository effects;
    private final Instance<SweepActions> actions;
    private final Clock clock;
    private final Duration lookback;
    private final int mailBatch;

    public SweepService(EffectRepository effects, Instance<SweepActions> actions, Clock clock,
            @ConfigProperty(name = "meetingdesk.sweep.lookback", defaultValue = "P7D") Duration lookback,
            @ConfigProperty(name = "meetingdesk.sweep.mail-batch", defaultValue = "200") int mailBatch) {
        this.effects = effects;
        this.actions = actions;
        this.clock = clock;
        this.lookback = lookback;
        this.mailBatch = mailBatch;
    }

    public SweepReport sweep(String atText) {
        // Whole seconds: due instants are stored that way, and the index compares them as text.
        Instant at = TimeInputs.instantOr("at", atText, clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDate last = at.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate first = at.minus(lookback).atZone(ZoneOffset.UTC).toLocalDate();
        EffectRepository.Due due = effects.due(first, last, at);

        TreeSet<String> meetings = new TreeSet<>();
        List<SweepReport.ClosedWindow> closed = new ArrayList<>();
        List<String> deferred = new ArrayList<>();
        int reminders = 0;
        int expired = 0;
        Instant now = clock.instant();
        for (DueEffect d : due.effects()) {
            meetings.add(d.meeting());
            ScheduledEffect e = d.effect();
            String key = d.meeting() + "#" + e.id() + "#" + e.dueAt();
            try {
                switch (e.type()) {
                    case CLOSE -> {
                        if (effects.complete(d, now)) {
                            closed.add(new SweepReport.ClosedWindow(d.meeting(), e.kind().name(), e.dueAt().toString()));
                        }
                    }
                    case REMIND, CHASE, EXPIRE -> {
                        if (actions.isUnsatisfied()) {
                            deferred.add(key); // no registration side in this build: keep it armed
                            continue;
                        }
                        SweepActions a = actions.get();
                        int n = switch (e.type()) {
                            case REMIND -> a.remindDelegates(d.meeting(), e.kind(), e.before(), key);
                            case CHASE -> a.chaseFocalPoints(d.meeting(), e.before(), key);
                            default -> a.expirePending(d.meeting(), at);
                        };
                        if (effects.complete(d, now)) {
                            if (e.type() == ScheduledEffect.Type.EXPIRE) {
                                expired += n;
                            } else {
                                reminders += n;
                            }
                        }
                    }
                }
            } catch (RuntimeException ex) {
                // Left armed: the next tick retries it. The rest of this tick goes on.
                LOG.warnf(ex, "sweep: effect %s failed; left for the next tick", key);
                deferred.add(key);
            }
        }
        int sent = actions.isUnsatisfied() ? 0 : actions.get().flushMail(mailBatch);
        return new SweepReport(at.toString(), List.copyOf(meetings), due.itemsRead(), closed, reminders, sent, expired, deferred);
    }
}
