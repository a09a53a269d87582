package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChairStepTest {

    @Test
    void chineseHonorificAndCountryAreTranslatedAndTheMentionWithTheCountryWins() {
        DraftBuilder d = Steps.run("尊敬的先生/女士：\n鉴于本人已同意第13研究组主席（Leo Lehmann先生）的请求。\n"
                + "第13研究组主席Leo Lehmann先生（瑞士）起草的会议议程草案见附件B。", "zh", new ChairStep());
        assertEquals("Mr Leo Lehmann (Switzerland)", d.chair);
        assertTrue(d.warnings.isEmpty());
    }

    @Test
    void englishAndRussian() {
        assertEquals("Ms Amina Diallo (Senegal)", Steps.run("Dear Sir/Madam,\n1\tAt the kind request of the Chair, Ms Amina Diallo (Senegal), I invite you.",
                "en", new ChairStep()).chair);
        assertEquals("Mr Bruce Gracie (Canada)", Steps.run("Dear Sir/Madam,\nunder the chairmanship of Mr Bruce Gracie (Canada).", "en",
                new ChairStep()).chair);
        assertEquals("Mr Андрей Кучерявый (Russian Federation)", Steps.run(
                "Уважаемая госпожа,\nПредседатель 11-й Исследовательской комиссии: г-н Андрей Кучерявый (Российская Федерация).", "ru",
                new ChairStep()).chair);
    }

    @Test
    void anUnknownCountryIsKeptAsPrintedAndWarned() {
        DraftBuilder d = Steps.run("尊敬的先生/女士：\n研究组主席张三先生（瓦努阿图）起草的议程。", "zh", new ChairStep());
        assertEquals("Mr 张三 (瓦努阿图)", d.chair);
        assertTrue(Steps.warnedFields(d).contains("chair"));
    }

    @Test
    void noChair() {
        DraftBuilder d = Steps.run("Dear Sir/Madam,\nHello.", "en", new ChairStep());
        assertNull(d.chair);
        assertTrue(Steps.warnedFields(d).contains("chair"));
    }
}
