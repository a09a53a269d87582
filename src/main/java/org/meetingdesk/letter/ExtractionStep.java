package org.meetingdesk.letter;

/**
 * One named extraction step of the {@link LetterParser}: reads one family of facts from the letter
 * and records them in the draft, or records a warning with the text it saw when it cannot.
 * Steps run in order and may read what earlier steps found; none may throw on odd input.
 */
interface ExtractionStep {

    void extract(LetterText letter, DraftBuilder draft);
}
