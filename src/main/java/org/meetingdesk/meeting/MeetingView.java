package org.meetingdesk.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.meetingdesk.deadline.DeadlineView;

/** The stored meeting as clients see it: its facts and every deadline with its state at an instant. */
public record MeetingView(String id, String group, String title, String start, String end,
        String openingTime, String closingTime, MeetingMode mode, String place, List<String> languages,
        boolean interpretation, boolean fellowships, boolean visaSupport, String chair, Contact contact,
        String purpose, LetterRef letter, Integer capacity, boolean lateRegistration, String zone,
        String opensAt, Instant publishedAt, long revision, List<DeadlineView> deadlines) {

    public static MeetingView of(Meeting m, Instant at, ZoneId displayZone) {
        return new MeetingView(m.id(), m.group(), m.title(), m.start().toString(), m.end().toString(),
                m.openingTime() == null ? null : m.openingTime().toString(),
                m.closingTime() == null ? null : m.closingTime().toString(),
                m.mode(), m.place(), m.languages(), m.interpretation(), m.fellowships(), m.visaSupport(),
                m.chair(), m.contact(), m.purpose(), m.letter(), m.capacity(), m.lateRegistration(),
                m.zoneId().getId(), m.opensAt().atZone(m.zoneId()).toOffsetDateTime().toString(),
                m.publishedAt(), m.revision(),
                m.deadlines().stream().map(d -> DeadlineView.of(d, at, displayZone)).toList());
    }
}
