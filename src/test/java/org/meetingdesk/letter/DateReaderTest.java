package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateReaderTest {

    private static List<String> find(String lang, String text) {
        return new DateReader(Vocabulary.of(lang).orElseThrow()).find(text, 1999).stream()
                .map(m -> m.from() + (m.isRange() ? ".." + m.to() : "") + (m.yearMissing() ? "?" : "")).toList();
    }

    @Test
    void english() {
        assertEquals(List.of("2024-04-09..2024-04-18"), find("en", "Geneva,9-18 April 2024"));
        assertEquals(List.of("2020-05-27..2020-06-05"), find("en", "(virtual, 27 May - 5 June 2020)"));
        assertEquals(List.of("2023-12-28..2024-01-03"), find("en", "28 December - 3 January 2024"));
        assertEquals(List.of("2020-12-07", "1999-03-21?"), find("en", "on 7 Dec. 2020 and 21 March"));
        assertEquals(List.of(), find("en", "Study Group 13, 31 Februaryish, SG13 December"));
    }

    @Test
    void chinese() {
        assertEquals(List.of("2020-09-07..2020-09-08"), find("zh", "第2研究组虚拟会议，2020年9月7-8日"));
        assertEquals(List.of("2020-05-27..2020-06-05"), find("zh", "（虚拟会议，2020年5月27日—6月5日）"));
        assertEquals(List.of("2020-08-17", "1999-12-07?"), find("zh", "2020年8月17日，日内瓦 12月7日"));
    }

    @Test
    void russian() {
        assertEquals(List.of("2021-10-11..2021-10-20"), find("ru", "собрание, 11–20 октября 2021 года"));
        DateReader.Mention m = new DateReader(Vocabulary.of("ru").orElseThrow()).leading("11 августа 2021 г.\t–\tтекст", 0);
        assertEquals(LocalDate.of(2021, 8, 11), m.from());
        assertTrue("11 августа 2021 г.".length() <= m.endAt());
    }
}
