package org.meetingdesk.letter;

import java.util.List;

import org.meetingdesk.meeting.MeetingView;

/**
 * The answer of {@code importLetter}: the draft, and with {@code publish} the stored meeting.
 *
 * @param meeting         the draft meeting in the {@code publishMeeting} shape
 * @param published       the stored meeting as {@code GET /meeting} shows it; null without {@code publish}
 * @param agendaPublished whether the draft agenda became agenda version 1 (see the warnings when not)
 */
public record LetterImport(String language, DraftMeeting meeting, List<DraftDeadline> deadlines,
        List<DraftAgendaItem> agenda, List<LetterWarning> warnings, MeetingView published, boolean agendaPublished) {

    static LetterImport of(LetterDraft draft, List<LetterWarning> warnings, MeetingView published, boolean agendaPublished) {
        return new LetterImport(draft.language(), DraftMeeting.of(draft.meeting()), draft.deadlines(), draft.agenda(), warnings,
                published, agendaPublished);
    }
}
