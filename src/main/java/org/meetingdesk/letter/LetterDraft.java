package org.meetingdesk.letter;

import java.util.List;

import org.meetingdesk.meeting.MeetingInput;

/**
 * What the importer read from a collective letter.
 *
 * @param language  the language it was read in (given or detected)
 * @param meeting   the meeting in the {@code publishMeeting} shape; facts it could not read are null,
 *                  and its {@code deadlines} hold only the dates the letter states
 * @param deadlines every deadline: stated ones with the letter's words, the others from the rules,
 *                  and OTHER dates the rules do not know
 * @param agenda    the draft agenda of Annex B, nested by number
 * @param warnings  everything not read, or read with a caveat; never empty for a letter with gaps
 */
public record LetterDraft(String language, MeetingInput meeting, List<DraftDeadline> deadlines,
        List<DraftAgendaItem> agenda, List<LetterWarning> warnings) {
}
