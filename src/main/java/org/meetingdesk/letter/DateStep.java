package org.meetingdesk.letter;

import java.util.List;

/**
 * The letter's date: the first complete date in the header ("2020年8月17日，日内瓦",
 * "Geneva, 17 August 2020"). Every ITU letter prints it above the reference, before the subject
 * line that carries the meeting's dates.
 */
final class DateStep implements ExtractionStep {

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        if (!letter.hasSalutation()) {
            draft.warn("letter.date", "", "no salutation found, so no letter header to read the date from");
            return;
        }
        for (String line : letter.headerLines()) {
            List<DateReader.Mention> found = letter.dates().find(line, 0);
            for (DateReader.Mention m : found) {
                if (!m.yearMissing() && !m.isRange()) {
                    draft.letterDate = m.from();
                    return;
                }
            }
        }
        draft.warn("letter.date", "", "no letter date found in the header");
    }
}
