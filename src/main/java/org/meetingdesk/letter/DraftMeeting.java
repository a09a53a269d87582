package org.meetingdesk.letter;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.meetingdesk.meeting.MeetingInput;
import org.meetingdesk.meeting.MeetingInput.ContactInput;
import org.meetingdesk.meeting.MeetingInput.DeadlineInput;
import org.meetingdesk.meeting.MeetingInput.LetterInput;
import org.meetingdesk.meeting.MeetingMode;

/**
 * The draft meeting as {@code importLetter} answers it: exactly the {@code publishMeeting} body, so
 * a client can correct it and post it unchanged. Times are written "10:00" as {@code GET /meeting}
 * prints them (Jackson would write a {@link LocalTime} as "10:00:00").
 */
public record DraftMeeting(String id, String group, String title, LocalDate start, LocalDate end, String openingTime,
        String closingTime, MeetingMode mode, String place, List<String> languages, boolean interpretation, boolean fellowships,
        boolean visaSupport, String chair, ContactInput contact, String purpose, LetterInput letter, List<DeadlineInput> deadlines,
        Integer capacity, boolean lateRegistration, String zone) {

    static DraftMeeting of(MeetingInput m) {
        return new DraftMeeting(m.id(), m.group(), m.title(), m.start(), m.end(), text(m.openingTime()), text(m.closingTime()),
                m.mode(), m.place(), m.languages(), m.interpretation(), m.fellowships(), m.visaSupport(), m.chair(), m.contact(),
                m.purpose(), m.letter(), m.deadlines(), m.capacity(), m.lateRegistration(), m.zone());
    }

    private static String text(LocalTime t) {
        return t == null ? null : t.toString();
    }
}
