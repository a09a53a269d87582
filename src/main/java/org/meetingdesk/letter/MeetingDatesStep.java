package org.meetingdesk.letter;

import java.util.List;

import org.meetingdesk.letter.DateReader.Mention;

/**
 * The meeting's first and last day. Only the subject line counts, or failing that the first
 * paragraph with its parenthesised asides removed: letters also print the dates of earlier
 * meetings ("（2020年7月20-31日，虚拟会议）"), workshops and circulars, which are not this meeting.
 */
final class MeetingDatesStep implements ExtractionStep {

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        int year = draft.contextYear();
        String subject = letter.subject();
        List<Mention> inSubject = letter.dates().find(subject, year);
        Mention chosen = null;
        if (!inSubject.isEmpty()) {
            chosen = inSubject.get(0);
        } else {
            String paragraph = LetterText.withoutAsides(letter.firstParagraph());
            List<Mention> candidates = letter.dates().find(paragraph, year).stream()
                    .filter(m -> draft.letterDate == null || m.yearMissing() || m.from().isAfter(draft.letterDate))
                    .toList();
            if (!candidates.isEmpty()) {
                chosen = candidates.get(0);
                if (candidates.stream().map(Mention::from).distinct().count() > 1) {
                    draft.warn("start", letter.firstParagraph(), "the subject gives no dates and the first paragraph gives several; took "
                            + chosen.text());
                }
            }
        }
        if (chosen == null) {
            draft.warn("start", subject, "no meeting dates in the subject line or the first paragraph");
            return;
        }
        if (chosen.yearMissing()) {
            Mention printed = chosen;
            if (draft.letterDate != null) {
                chosen = chosen.inYear(draft.letterDate.getYear());
                if (chosen.from().isBefore(draft.letterDate)) {
                    chosen = chosen.inYear(draft.letterDate.getYear() + 1);
                }
                draft.warn("start", printed.text(), "no year printed; took " + chosen.from().getYear()
                        + ", the first after the letter's date");
            } else {
                draft.warn("start", printed.text(), "no year printed and no letter date to place it; dates left empty");
                return;
            }
        }
        draft.start = chosen.from();
        draft.end = chosen.to();
        if (draft.letterDate != null && !draft.start.isAfter(draft.letterDate)) {
            draft.warn("start", chosen.text(), "the meeting starts on or before the letter's date " + draft.letterDate);
        }
    }
}
