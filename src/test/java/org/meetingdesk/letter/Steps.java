package org.meetingdesk.letter;

import java.util.List;

/** Runs steps on a snippet, the way {@link LetterParser} runs them on a whole letter. */
final class Steps {

    private Steps() {
    }

    static LetterText text(String text, String language) {
        return new LetterText(text, Vocabulary.of(language).orElseThrow(), Vocabulary.of("en").orElseThrow());
    }

    /** Runs the steps in order on a fresh draft. */
    static DraftBuilder run(String text, String language, ExtractionStep... steps) {
        DraftBuilder draft = new DraftBuilder();
        LetterText letter = text(text, language);
        for (ExtractionStep step : steps) {
            step.extract(letter, draft);
        }
        return draft;
    }

    static List<String> warnedFields(DraftBuilder draft) {
        return draft.warnings.stream().map(LetterWarning::field).toList();
    }
}
