package org.meetingdesk.letter;

import java.util.regex.Matcher;

import org.meetingdesk.meeting.MeetingMode;

/**
 * Virtual, hybrid or on-site, and the place. Read from the subject, then from the first paragraph
 * without its asides ("the previous (virtual) meeting" is another meeting). A virtual meeting has
 * no place; the letters' "Geneva time" is a clock, not a venue, so none is invented.
 */
final class ModeStep implements ExtractionStep {

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        String subject = letter.subject();
        String paragraph = LetterText.withoutAsides(letter.firstParagraph());
        boolean onSiteWords = false;
        for (String text : new String[] { subject, paragraph }) {
            if (draft.mode == null && Matches.any(letter.vocab().patterns("mode.hybrid"), text)) {
                draft.mode = MeetingMode.HYBRID;
            } else if (draft.mode == null && Matches.any(letter.vocab().patterns("mode.virtual"), text)) {
                draft.mode = MeetingMode.VIRTUAL;
            }
            onSiteWords |= Matches.any(letter.vocab().patterns("mode.onsite"), text);
            if (draft.place == null) {
                draft.place = place(letter, draft, text);
            }
        }
        if (draft.mode == MeetingMode.VIRTUAL) {
            if (draft.place != null) {
                draft.warn("place", draft.place, "a virtual meeting: the place named is not a venue; left empty");
            } else {
                draft.warn("place", "", "a virtual meeting: the letter states no place; left empty");
            }
            draft.place = null;
            return;
        }
        if (draft.mode == null && draft.place != null) {
            draft.mode = MeetingMode.ON_SITE;
            if (!onSiteWords) {
                draft.warn("mode", subject, "no virtual or hybrid wording and a venue (" + draft.place + "): read as on-site");
            }
        }
        if (draft.mode == null) {
            draft.warn("mode", subject, "neither a virtual meeting nor a venue found");
        }
        if (draft.place == null) {
            draft.warn("place", subject, "no place found for the meeting");
        }
    }

    private static String place(LetterText letter, DraftBuilder draft, String text) {
        for (var p : letter.vocab().patterns("place")) {
            Matcher m = p.matcher(text);
            // Retry one character on after a rejected match: "TSAG meeting, Geneva, 26 February" holds "Geneva".
            for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
                String printed = m.group("place").strip().replaceAll("[,，\\s]+$", "");
                if (printed.isEmpty() || Matches.any(letter.vocab().patterns("place.reject"), printed)) {
                    continue;
                }
                String english = letter.vocab().name("place", printed);
                if (english != null) {
                    return english;
                }
                if (!printed.matches("[\\p{IsLatin}\\p{Punct}\\s’]+")) {
                    draft.warn("place", printed, "no English name known for this place; kept as printed");
                }
                return printed;
            }
        }
        return null;
    }
}
