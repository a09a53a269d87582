package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlinesStepTest {

    private static DraftBuilder run(String text, String lang, LocalDate start) {
        DraftBuilder d = new DraftBuilder();
        d.start = start;
        new DeadlinesStep().extract(Steps.text(text, lang), d);
        return d;
    }

    private static List<String> rows(DraftBuilder d) {
        return d.deadlines.stream().map(s -> s.date() + " " + s.kind()).toList();
    }

    @Test
    void theChineseSeedsBlock() {
        DraftBuilder d = run("尊敬的先生/女士：\n重要截止日期：\n\t2020年10月7日\n\t–\t提交需要翻译的ITU-T成员文稿\n\n"
                + "\t2020年11月7日\n\t–\t注册（通过研究组主页www.itu.int/go/tsg13上的在线注册表进行）\n\n"
                + "\t2020年11月24日\n\t–\t提交ITU-T成员文稿（通过文件直传系统）\n\n\n\n会议实用信息见附件A。2020年12月1日另有活动。",
                "zh", LocalDate.of(2020, 12, 7));
        assertEquals(List.of("2020-10-07 TRANSLATION", "2020-11-07 REGISTRATION", "2020-11-24 CONTRIBUTION"), rows(d));
        assertEquals("提交需要翻译的ITU-T成员文稿", d.deadlines.get(0).text());
        assertTrue(d.warnings.isEmpty());
    }

    @Test
    void severalKindsOnOneDateAndCaptioningAsOther() {
        DraftBuilder d = run("Dear Sir/Madam,\nKey deadlines:\n"
                + "27 February 2024\t–\tSubmit requests for fellowships (via the form in Annex A)\n"
                + "\t–\tSubmit requests for interpretation (via the online registration form)\n"
                + "\t–\tSubmit requests for captioning\n"
                + "9 March 2024\t–\tPre-registration (online via the SG17 home page)\n\t–\tRequests for letters to facilitate visa\n\n"
                + "6\tPractical meeting information is set out in Annex A.", "en", LocalDate.of(2024, 4, 9));
        assertEquals(List.of("2024-02-27 FELLOWSHIP", "2024-02-27 INTERPRETATION", "2024-02-27 OTHER", "2024-03-09 REGISTRATION",
                "2024-03-09 VISA"), rows(d));
    }

    @Test
    void twoKindsInOneLineAndATableWithBars() {
        DraftBuilder d = run("Dear Sir/Madam,\nKey deadlines:\n| 14 April 2023 | – Pre-registration; requests for visa support letters (see Annex A) |\n"
                + "| 9 May 2023 | – Submit ITU-T Member contributions, via Direct Document Posting |\n\n5\tMore.", "en", LocalDate.of(2023, 5, 22));
        assertEquals(List.of("2023-04-14 REGISTRATION", "2023-04-14 VISA", "2023-05-09 CONTRIBUTION"), rows(d));
        assertEquals("Submit ITU-T Member contributions, via Direct Document Posting", d.deadlines.get(2).text());
    }

    @Test
    void aRussianLineWithACommaIsOneTranslationDeadline() {
        DraftBuilder d = run("Уважаемая госпожа,\nОсновные предельные сроки:\n"
                + "11 августа 2021 г.\t–\tПредставление вкладов Членов МСЭ-Т, для которых требуется письменный перевод\n", "ru",
                LocalDate.of(2021, 10, 11));
        assertEquals(List.of("2021-08-11 TRANSLATION"), rows(d));
    }

    @Test
    void unknownKindsAndMissingYearsAndDatesAfterTheStartAreReported() {
        DraftBuilder d = run("Dear Sir/Madam,\nKey deadlines:\n21 March\t–\tSubmit ITU-T Member contributions for which translation is requested\n"
                + "1 April 2018\t–\tBook your hotel\n30 May 2018\t–\tSubmit ITU-T Member contributions\n", "en", LocalDate.of(2018, 5, 21));
        assertEquals(List.of("2018-03-21 TRANSLATION", "2018-04-01 OTHER"), rows(d));
        assertEquals(3, d.warnings.size(), d.warnings.toString());
    }

    @Test
    void noSectionMeansRulesWithAWarning() {
        DraftBuilder d = run("Dear Sir/Madam,\nContributions are due 12 days before, e.g. 13 February 2018.", "en", LocalDate.of(2018, 2, 26));
        assertTrue(d.deadlines.isEmpty());
        assertTrue(Steps.warnedFields(d).contains("deadlines"));
    }
}
