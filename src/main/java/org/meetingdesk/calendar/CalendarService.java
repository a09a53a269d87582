package org.meetingdesk.calendar;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.meetingdesk.meeting.Meeting;
import org.meetingdesk.meeting.MeetingService;

/** iCalendar files for meetings. */
@ApplicationScoped
public class CalendarService {

    private final MeetingService meetings;
    private final String pageBaseUrl;

    public CalendarService(MeetingService meetings,
            @ConfigProperty(name = "meetingdesk.page.base-url", defaultValue = "http://localhost:8080/") String pageBaseUrl) {
        this.meetings = meetings;
        this.pageBaseUrl = pageBaseUrl;
    }

    /** The calendar of one meeting and its revision (for an ETag). */
    public Ics meeting(String meetingId) {
        Meeting m = meetings.require(meetingId);
        return new Ics(m.id() + ".ics", MeetingCalendar.render(List.of(m), pageBaseUrl), m.id() + "-r" + m.revision());
    }

    /** A calendar of several meetings (a delegate's own). */
    public Ics meetings(String name, List<Meeting> list) {
        return new Ics(name + ".ics", MeetingCalendar.render(list, pageBaseUrl), null);
    }

    public record Ics(String fileName, String text, String version) {
    }
}
