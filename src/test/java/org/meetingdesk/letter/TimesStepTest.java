package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class TimesStepTest {

    private static DraftBuilder run(String body, String lang, String salutation) {
        return Steps.run(salutation + "\n" + body, lang, new TimesStep());
    }

    @Test
    void aRangeGivesOpeningAndClosing() {
        DraftBuilder zh = run("会议将在日内瓦时间11时至15时之间举办，请使用“我的会议”远程参与工具参会。", "zh", "尊敬的先生/女士：");
        assertEquals(LocalTime.of(11, 0), zh.openingTime);
        assertEquals(LocalTime.of(15, 0), zh.closingTime);
        DraftBuilder en = run("Daily sessions will run from 09:30 to 17:30 hours.", "en", "Dear Sir/Madam,");
        assertEquals(LocalTime.of(9, 30), en.openingTime);
        assertEquals(LocalTime.of(17, 30), en.closingTime);
        DraftBuilder ru = run("Собрание будет проходить с 12:00 до 16:00 по женевскому времени.", "ru", "Уважаемая госпожа,");
        assertEquals(LocalTime.of(16, 0), ru.closingTime);
    }

    @Test
    void anOpeningTimeAloneLeavesTheClosingEmptyWithAWarning() {
        DraftBuilder zh = run("会议将于12月7日（星期一）上午日内瓦时间10时开始，使用我的会议远程参会工具召开。", "zh", "尊敬的先生/女士：");
        assertEquals(LocalTime.of(10, 0), zh.openingTime);
        assertNull(zh.closingTime);
        assertTrue(Steps.warnedFields(zh).contains("closingTime"));
        DraftBuilder en = run("1\tThe meeting will open at 0930 hours on the first day.", "en", "Dear Sir/Madam,");
        assertEquals(LocalTime.of(9, 30), en.openingTime);
        assertEquals(LocalTime.of(14, 0), run("The meeting will start at 2 p.m. Geneva time.", "en", "Dear Sir/Madam,").openingTime);
    }

    @Test
    void dayNumbersAreNotTimes() {
        DraftBuilder d = run("The meeting will start on 9 April and runs from 9 to 18 April.", "en", "Dear Sir/Madam,");
        assertNull(d.openingTime);
        assertTrue(Steps.warnedFields(d).contains("openingTime"));
    }
}
