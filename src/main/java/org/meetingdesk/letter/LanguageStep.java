package org.meetingdesk.letter;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Working languages and interpretation: "in the six official languages" is all six; "English
 * only" / "仅以英文进行" / "только на английском языке" is that one. Interpretation is read from
 * its own phrases ("不提供口译服务", "interpretation will be provided"); six languages with no
 * word against interpretation means it is offered, which is how ITU meetings in six languages run.
 */
final class LanguageStep implements ExtractionStep {

    /** The six ITU languages, in the order the system lists them. */
    static final List<String> SIX = List.of("en", "zh", "fr", "es", "ru", "ar");

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        String text = letter.bodyAndAnnexes();
        Vocabulary v = letter.vocab();
        boolean six = Matches.any(v.patterns("languages.six"), text);
        if (six) {
            draft.languages = SIX;
        } else {
            Matcher only = Matches.first(v.patterns("languages.only"), text);
            String code = only == null ? null : code(v, Matches.group(only, "lang"));
            if (code != null) {
                draft.languages = List.of(code);
            } else {
                draft.warn("languages", only == null ? "" : only.group(), "no working language found");
            }
        }
        Matcher none = Matches.first(v.patterns("interpretation.none"), text);
        if (none != null) {
            draft.interpretation = false;
        } else if (six || Matches.any(v.patterns("interpretation.offered"), text)) {
            draft.interpretation = true;
        } else {
            draft.interpretation = false;
            draft.warn("interpretation", "", "the letter does not say whether interpretation is offered; taken as not offered");
        }
    }

    private static String code(Vocabulary v, String printed) {
        if (printed == null) {
            return null;
        }
        for (String code : SIX) {
            if (Matches.any(v.patterns("language." + code), printed)) {
                return code;
            }
        }
        return null;
    }
}
