package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateStepTest {

    @Test
    void theFirstCompleteDateOfTheHeaderIsTheLettersDate() {
        assertEquals(LocalDate.of(2020, 8, 17), Steps.run(" \t2020年8月17日，日内瓦\n\t事由：\n\tITU-T第13研究组虚拟会议；2020年12月7日\n尊敬的先生/女士：\n",
                "zh", new DateStep()).letterDate);
        assertEquals(LocalDate.of(2023, 12, 15), Steps.run("Geneva, 15 December 2023\nSubject:\tMeeting, Geneva,9-18 April 2024\nDear Sir/Madam,\n",
                "en", new DateStep()).letterDate);
        assertEquals(LocalDate.of(2021, 7, 12), Steps.run("Женева, 12 июля 2021 года\nУважаемая госпожа,\n", "ru", new DateStep()).letterDate);
    }

    @Test
    void withoutAHeaderThereIsNoDateToRead() {
        DraftBuilder d = Steps.run("Meet us on 7 December 2020.", "en", new DateStep());
        assertNull(d.letterDate);
        assertTrue(Steps.warnedFields(d).contains("letter.date"));
    }
}
