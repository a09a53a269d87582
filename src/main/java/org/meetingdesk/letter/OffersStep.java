package org.meetingdesk.letter;

import java.util.regex.Matcher;

import org.meetingdesk.meeting.MeetingMode;

/**
 * Fellowships and visa support. A phrase that refuses them ("将不发放与会补贴", "no fellowships")
 * wins over one that mentions them; a stated FELLOWSHIP or VISA deadline is an offer; a virtual
 * meeting has neither (DESIGN.md §1). Silence on an on-site meeting is reported, not assumed.
 */
final class OffersStep implements ExtractionStep {

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        draft.fellowships = offered(letter, draft, "fellowship", "FELLOWSHIP", "fellowships");
        draft.visaSupport = offered(letter, draft, "visa", "VISA", "visaSupport");
    }

    private static boolean offered(LetterText letter, DraftBuilder draft, String key, String kind, String field) {
        String text = letter.bodyAndAnnexes();
        Matcher none = Matches.first(letter.vocab().patterns(key + ".none"), text);
        boolean deadline = draft.deadlines.stream().anyMatch(d -> d.kind().equals(kind));
        if (none != null) {
            if (deadline) {
                draft.warn(field, none.group(), "the letter refuses them but states a " + kind + " deadline; taken as not offered");
            }
            return false;
        }
        if (draft.mode == MeetingMode.VIRTUAL) {
            return false;
        }
        if (deadline || Matches.any(letter.vocab().patterns(key + ".offered"), text)) {
            return true;
        }
        draft.warn(field, "", "the letter does not say; taken as not offered");
        return false;
    }
}
