package org.meetingdesk.letter;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.meetingdesk.meeting.MeetingInput;

/** Native image: the answer's nested types, which Jackson reaches by reflection. */
@RegisterForReflection(targets = { LetterImport.class, DraftMeeting.class, DraftDeadline.class, DraftAgendaItem.class, LetterWarning.class,
        MeetingInput.class, MeetingInput.ContactInput.class, MeetingInput.LetterInput.class, MeetingInput.DeadlineInput.class })
final class LetterReflection {

    private LetterReflection() {
    }
}
