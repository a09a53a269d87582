package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.meetingdesk.deadline.DeadlineKind;

/** Every vocabulary file must carry what the steps need: a new language is complete or it fails here. */
class VocabularyTest {

    static final List<String> REQUIRED = List.of("date.range", "date.single", "label.salutation", "label.subject", "label.tel",
            "label.email", "heading.annex", "heading.deadlines", "heading.agenda", "reference", "group.sg", "group.wp",
            "group.tsag", "time.range", "time.opening", "mode.virtual", "mode.hybrid", "place", "languages.six", "languages.only",
            "interpretation.none", "interpretation.offered", "fellowship.none", "fellowship.offered", "visa.none", "visa.offered",
            "deadline.OTHER", "chair", "purpose");

    @ParameterizedTest
    @ValueSource(strings = { "en", "zh", "ru" })
    void everyKeyIsThereAndCompiles(String lang) {
        Vocabulary v = Vocabulary.of(lang).orElseThrow();
        for (String key : REQUIRED) {
            assertFalse(v.patterns(key).isEmpty(), lang + " lacks " + key);
        }
        for (DeadlineKind kind : DeadlineKind.values()) {
            assertFalse(v.patterns("deadline." + kind).isEmpty(), lang + " lacks deadline." + kind);
        }
        for (String code : LanguageStep.SIX) {
            assertFalse(v.patterns("language." + code).isEmpty(), lang + " lacks language." + code);
        }
        for (int m = 1; m <= 12; m++) {
            assertTrue(v.text("month." + m) != null, lang + " lacks month." + m);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "zh", "ru" })
    void monthsAreReadBack(String lang) {
        Vocabulary v = Vocabulary.of(lang).orElseThrow();
        for (int m = 1; m <= 12; m++) {
            String first = v.text("month." + m).split("\\|")[0];
            assertEquals(m, v.month(first), lang + " month " + m);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr", "es", "ar", "de" })
    void languagesWithoutAFileAreAbsentNotBroken(String lang) {
        assertTrue(Vocabulary.of(lang).isEmpty());
    }
}
