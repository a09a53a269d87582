package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MeetingDatesStepTest {

    private static DraftBuilder run(String text, String lang) {
        return Steps.run(text, lang, new DateStep(), new MeetingDatesStep());
    }

    @Test
    void theSubjectsDatesWinOverEarlierMeetingsInTheFirstParagraph() {
        DraftBuilder d = run(" \t2020年8月17日，日内瓦\n\t事由：\n\tITU-T第13研究组虚拟会议；2020年12月7日\n\n尊敬的先生/女士：\n"
                + "鉴于第13研究组的会议（2020年7月20-31日，虚拟会议）也已表示赞同，会议计划于2020年12月7日召开。", "zh");
        assertEquals(LocalDate.of(2020, 12, 7), d.start);
        assertEquals(LocalDate.of(2020, 12, 7), d.end);
    }

    @Test
    void gluedPlaceAndRangesAcrossMonths() {
        DraftBuilder d = run("Geneva, 15 December 2023\nSubject:\tMeeting of Study Group 17, Geneva,9-18 April 2024\nDear Sir/Madam,\n", "en");
        assertEquals(LocalDate.of(2024, 4, 9), d.start);
        assertEquals(LocalDate.of(2024, 4, 18), d.end);
        DraftBuilder t = run("Geneva, 20 November 2017\nSubject:\tTSAG meeting, Geneva, 26 February - 2 March 2018\nDear Sir/Madam,\n", "en");
        assertEquals(LocalDate.of(2018, 2, 26), t.start);
        assertEquals(LocalDate.of(2018, 3, 2), t.end);
        DraftBuilder zh = run("2020年6月22日\n事由：\n\t第2研究组虚拟会议，2020年9月7-8日\n尊敬的先生/女士：\n", "zh");
        assertEquals(LocalDate.of(2020, 9, 8), zh.end);
    }

    @Test
    void withoutDatesInTheSubjectTheFirstParagraphCountsButNotItsAsides() {
        DraftBuilder d = run("Geneva, 30 September 2020\nSubject:\tStudy Group 12 meeting\nDear Sir/Madam,\n"
                + "1\tAs agreed at the previous meeting (virtual, 8-17 September 2020), the meeting will be held from 12 to 21 January 2021.", "en");
        assertEquals(LocalDate.of(2021, 1, 12), d.start);
        assertEquals(LocalDate.of(2021, 1, 21), d.end);
    }

    @Test
    void aMissingYearIsTakenAfterTheLetterAndWarned() {
        DraftBuilder d = run("Geneva, 15 December 2023\nSubject:\tMeeting of Study Group 17, Geneva,9-18 April\nDear Sir/Madam,\n", "en");
        assertEquals(LocalDate.of(2024, 4, 9), d.start);
        assertTrue(Steps.warnedFields(d).contains("start"));
    }

    @Test
    void noDatesNoMeeting() {
        DraftBuilder d = run("Geneva, 15 December 2023\nSubject:\tA meeting\nDear Sir/Madam,\nSoon.", "en");
        assertNull(d.start);
        assertTrue(Steps.warnedFields(d).contains("start"));
    }
}
