package org.meetingdesk.letter;

import java.util.regex.Matcher;

/**
 * The letter's reference ("电信标准化局第12/13号集体函", "TSB Collective Letter 12/13"), stored in the
 * English citation form "TSB Collective letter 12/13". Looked for in the header first: annexes repeat
 * it, and circulars ("TSB Circular 68") are not collective letters.
 */
final class ReferenceStep implements ExtractionStep {

    static final String CITATION = "TSB Collective letter ";

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        for (String region : new String[] { letter.header(), String.join("\n", letter.lines()) }) {
            Matcher m = Matches.first(letter.both("reference"), region);
            if (m != null) {
                draft.reference = CITATION + m.group("n").replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
                return;
            }
        }
        draft.warn("letter.reference", "", "no TSB collective letter reference found");
    }
}
