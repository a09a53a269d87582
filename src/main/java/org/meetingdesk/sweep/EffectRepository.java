package org.meetingdesk.sweep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Storage port for the sweep's due-by-day index. Implemented by {@code store/DynamoSweepRepository}. */
public interface EffectRepository {

    /**
     * Effects not yet done whose due instant is at or before {@code at}, from the due days
     * {@code firstDay..lastDay} (UTC). A key query per day; never a scan.
     */
    Due due(LocalDate firstDay, LocalDate lastDay, Instant at);

    /**
     * Marks an effect done, once: a conditional write that only succeeds while the effect is still
     * armed with the same due instant. False when another tick (or a duplicate delivery) did it, or
     * the meeting moved it meanwhile.
     */
    boolean complete(DueEffect effect, Instant doneAt);

    /** What a query found, and how many items it read (the sweep's cost). */
    record Due(List<DueEffect> effects, int itemsRead) {
    }
}
