package org.meetingdesk.letter;

/**
 * The purpose: the body sentence that states the meeting's objective ("主要目标是", "此次会议的目的是",
 * "The main objective of the meeting is"), in the letter's own words.
 */
final class PurposeStep implements ExtractionStep {

    static final int MAX = 4000;

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        for (String sentence : letter.sentences(letter.body())) {
            if (Matches.any(letter.vocab().patterns("purpose"), sentence)) {
                draft.purpose = sentence.length() <= MAX ? sentence : sentence.substring(0, MAX);
                return;
            }
        }
        draft.warn("purpose", "", "no sentence stating the meeting's purpose found");
    }
}
