package org.meetingdesk.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.meetingdesk.deadline.ScheduledEffect;

/** Storage port for meetings. Implemented once, by the DynamoDB adapter in {@code store}. */
public interface MeetingRepository {

    Optional<Meeting> find(String id);

    /**
     * Stores a meeting and its scheduled effects (the sweep's due-by-day index) atomically.
     *
     * @param arm              effects to write (new, or moved to another instant); an armed effect
     *                         that did not change is not passed, so its done-state survives
     * @param disarm           ids of effects the meeting no longer has
     * @param expectedRevision the revision the caller read: 0 when the meeting must not exist yet
     * @throws org.meetingdesk.problem.DeskException CONFLICT when someone else published in between
     */
    void save(Meeting meeting, List<ScheduledEffect> arm, List<String> disarm, long expectedRevision);

    /**
     * Meetings newest first, or soonest first when {@code ascending}. With a group: that group's meetings; without: all. Both are key
     * queries on an index sorted by start date; neither scans.
     *
     * @param cursor opaque continuation from the previous page, or null
     */
    Page list(String group, LocalDate from, LocalDate to, int limit, String cursor, boolean ascending);

    record Page(List<Meeting> items, String next) {
    }
}
