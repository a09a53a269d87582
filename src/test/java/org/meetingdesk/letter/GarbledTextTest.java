package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Whatever is pasted, the parser answers with a draft and warnings; it never throws or invents a meeting. */
class GarbledTextTest {

    private final LetterParser parser = new LetterParser();

    @Test
    void aRecipeIsNoMeeting() {
        LetterDraft d = parser.parse(Letters.read("recipe.txt"), null);
        assertNull(d.meeting().group());
        assertNull(d.meeting().start());
        assertNull(d.meeting().letter());
        assertTrue(d.agenda().isEmpty());
        assertTrue(d.deadlines().isEmpty());
        assertTrue(d.warnings().size() > 10);
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(42);
        String alphabet = "0123456789 \t\n\r-–.:：,，()（）年月日ANNEX B Key deadlines 重要截止日期 Dear Sir/Madam, 尊敬的先生/女士：Study Group 13 1. a) "
                + "Основные предельные сроки Уважаемая госпожа, Subject: 事由： Tel: +41 tsb@itu.int [bookmark: x] | \u0000\u0007\uFFFF\uD83D\uDE00";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(3000);
            for (int j = 0; j < length; j++) {
                sb.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String lang = new String[] { null, "en", "zh", "ru", "fr" }[random.nextInt(5)];
            LetterDraft d = parser.parse(sb.toString(), lang);
            assertNotNull(d.meeting());
            assertFalse(d.warnings().stream().anyMatch(w -> w.message().startsWith("could not be read")), () -> "a step threw: " + d.warnings());
        }
    }

    @Test
    void aLetterCutShortStillReadsWhatItHas() {
        String text = Letters.read("sg13-2020-12-07.zh.txt");
        LetterDraft d = parser.parse(text.substring(0, text.indexOf("尊敬的先生")), null);
        assertNotNull(d.meeting().letter());
        assertTrue(d.warnings().stream().anyMatch(w -> w.field().equals("agenda")));
    }

    @Test
    void aLanguageWithoutVocabularyFallsBackToEnglishAndSaysSo() {
        LetterDraft d = parser.parse(Letters.read("sg17-2024-04-09.en.txt"), "fr");
        assertTrue(d.warnings().stream().anyMatch(w -> w.field().equals("language")));
        assertNotNull(d.meeting().group());
    }

    @Test
    void aLetterOfTheLargestSizeIsReadQuickly() {
        String letter = Letters.read("sg17-2024-04-09.en.txt");
        String big = letter + "\n" + "x. ".repeat((200 * 1024 - letter.length()) / 3);
        long t0 = System.nanoTime();
        LetterDraft d = parser.parse(big, null);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertNotNull(d.meeting().group());
        assertTrue(millis < 5000, "took " + millis + " ms");
        String noise = "1. 7 December 2020 – a) Geneva, 9-18 April ".repeat(200 * 1024 / 45);
        t0 = System.nanoTime();
        parser.parse("ANNEX B\nKey deadlines:\n" + noise.replace("a)", "\n"), null);
        millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 5000, "took " + millis + " ms");
    }
}
