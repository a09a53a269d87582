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

    /**
     * The key-deadlines block for a letter: of a published meeting (its stated dates included), or
     * of a meeting being planned, from the rules alone.
     */
    public KeyDeadlines.Block keyDeadlines(String meetingId, String group, String startText, String lang, Offers offers) {
        String language = lang == null || lang.isBlank() ? "en" : lang;
        if (meetingId != null && !meetingId.isBlank()) {
            Meeting meeting = meetings.require(meetingId);
            String web = meeting.contact() == null ? null : meeting.contact().web();
            return KeyDeadlines.render(meeting.deadlines(), language, web);
        }
        if (group == null || group.isBlank()) {
            throw DeskException.invalid("group", "is required when no meeting is given");
        }
        java.time.LocalDate start = TimeInputs.dateOrNull("start", startText);
        if (start == null) {
            throw DeskException.invalid("start", "is required when no meeting is given");
        }
        List<Deadline> rules = DeadlineRules.schedule(start, offers, DeadlineRules.GENEVA, List.of());
        return KeyDeadlines.render(rules, language, homePage(group));
    }

    /** ITU-T's short link to a group's home page: SG13 -> www.itu.int/go/tsg13; a WP -> its study group's. */
    static String homePage(String group) {
        String sg = group.startsWith("WP") ? "SG" + group.substring(group.indexOf('/') + 1) : group;
        return "www.itu.int/go/t" + sg.toLowerCase(java.util.Locale.ROOT);
    }

    /** The meeting's deadline of a kind; 404 when the meeting has none of that kind (no fellowships offered). */
    public static Deadline deadline(Meeting meeting, DeadlineKind kind) {
        return meeting.deadlines().stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> DeskException.notFound(kind + " deadline of meeting", meeting.id()));
    }
}
