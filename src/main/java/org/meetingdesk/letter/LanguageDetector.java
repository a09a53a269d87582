package org.meetingdesk.letter;

/**
 * Guesses a letter's language from its script when the caller does not say: Han characters mean
 * Chinese, Cyrillic Russian, Arabic script Arabic, anything else English. A share rather than
 * "any character" because the Chinese seeds carry an English Annex B and English letters quote
 * the odd name in another script.
 */
public final class LanguageDetector {

    static final double SHARE = 0.2;

    private LanguageDetector() {
    }

    public static String detect(String text) {
        int letters = 0;
        int han = 0;
        int cyrillic = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HAN -> han++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                default -> {
                }
            }
        }
        if (letters == 0) {
            return "en";
        }
        if (han > letters * SHARE) {
            return "zh";
        }
        if (cyrillic > letters * SHARE) {
            return "ru";
        }
        if (arabic > letters * SHARE) {
            return "ar";
        }
        return "en";
    }
}
