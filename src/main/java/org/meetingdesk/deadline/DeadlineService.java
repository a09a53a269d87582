package org.meetingdesk.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.meeting.Meeting;
import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.problem.DeskException;
import org.meetingdesk.time.TimeInputs;

/** Reads a meeting's deadlines and checks instants against them. */
@ApplicationScoped
public class DeadlineService {

    private final MeetingService meetings;
    private final Clock clock;

    public DeadlineService(MeetingService meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    public List<DeadlineView> deadlines(String meetingId, String atText, String zoneText) {
        Instant at = TimeInputs.instantOr("at", atText, clock);
        ZoneId zone = TimeInputs.zoneOrNull("zone", zoneText);
        return meetings.require(meetingId).deadlines().stream().map(d -> DeadlineView.of(d, at, zone)).toList();
    }

    public DeadlineCheck check(String meetingId, DeadlineKind kind, String atText) {
        Instant at = TimeInputs.instantOr("at", atText, clock);
        Meeting meeting = meetings.require(meetingId);
        return DeadlineCheck.of(meetingId, deadline(meeting, kind), at);
    }

    /** The meeting's deadline of a kind; 404 when the meeting has none of that kind (no fellowships offered). */
    public static Deadline deadline(Meeting meeting, DeadlineKind kind) {
        return meeting.deadlines().stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> DeskException.notFound(kind + " deadline of meeting", meeting.id()));
    }
}
