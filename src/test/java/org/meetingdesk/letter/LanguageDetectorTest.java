package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void byScriptShare() {
        assertEquals("zh", LanguageDetector.detect(Letters.read("sg13-2020-12-07.zh.txt")));
        assertEquals("ru", LanguageDetector.detect(Letters.read("sg11-2021-10-11.ru.txt")));
        assertEquals("en", LanguageDetector.detect(Letters.read("sg17-2024-04-09.en.txt")));
        assertEquals("ar", LanguageDetector.detect("اجتماع لجنة الدراسات 13"));
        assertEquals("en", LanguageDetector.detect("Meeting in 北京, Geneva and elsewhere, with many English words around it"));
        assertEquals("en", LanguageDetector.detect("12345 !!!"));
    }
}
