package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GroupStepTest {

    private static String group(String subject, String lang) {
        String salutation = switch (lang) {
            case "zh" -> "尊敬的先生/女士：";
            case "ru" -> "Уважаемая госпожа,";
            default -> "Dear Sir/Madam,";
        };
        String label = switch (lang) {
            case "zh" -> "事由：";
            case "ru" -> "Предмет:";
            default -> "Subject:";
        };
        return Steps.run(label + "\t" + subject + "\n" + salutation + "\nHello.", lang, new GroupStep()).group;
    }

    @Test
    void readsStudyGroupsWorkingPartiesAndTsag() {
        assertEquals("SG13", group("ITU-T第13研究组虚拟会议；2020年12月7日", "zh"));
        assertEquals("SG2", group("第2研究组虚拟会议，2020年9月7-8日", "zh"));
        assertEquals("WP1/5", group("Working Party 1/5 e-meeting, 21-22 May 2018", "en"));
        assertEquals("WP3/12", group("Meeting of WP3/12 of Study Group 12", "en"));
        assertEquals("TSAG", group("TSAG meeting, Geneva, 26 February - 2 March 2018", "en"));
        assertEquals("SG17", group("Meeting of Study Group 17, Geneva,9-18 April 2024", "en"));
        assertEquals("SG11", group("Виртуальное собрание 11-й Исследовательской комиссии, 11–20 октября 2021 года", "ru"));
    }

    @Test
    void theReferenceIsTheLastResortAndIsSaidSo() {
        DraftBuilder d = new DraftBuilder();
        d.reference = "TSB Collective letter 12/13";
        new GroupStep().extract(Steps.text("Subject:\tA meeting\nDear Sir/Madam,\nHello.", "en"), d);
        assertEquals("SG13", d.group);
        assertTrue(Steps.warnedFields(d).contains("group"));
    }

    @Test
    void aSubjectDisagreeingWithTheReferenceIsWarned() {
        DraftBuilder d = new DraftBuilder();
        d.reference = "TSB Collective letter 12/13";
        new GroupStep().extract(Steps.text("Subject:\tStudy Group 5 meeting\nDear Sir/Madam,\n", "en"), d);
        assertEquals("SG5", d.group);
        assertTrue(Steps.warnedFields(d).contains("group"));
    }
}
