package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PurposeStepTest {

    @Test
    void theSentenceStatingTheObjectiveInTheLettersWords() {
        assertEquals("第13研究组会议的主要目标是审议新工作项目提案。", Steps.run(
                "尊敬的先生/女士：\n参加第13研究组虚拟会议必须注册。第13研究组会议的主要目标是审议新工作项目提案。", "zh", new PurposeStep()).purpose);
        assertEquals("The main objective of the meeting is to progress the work.", Steps.run(
                "Dear Sir/Madam,\n4\tThe main objective of the meeting is to progress the work. Other text.", "en", new PurposeStep()).purpose);
    }

    @Test
    void noPurpose() {
        DraftBuilder d = Steps.run("Dear Sir/Madam,\nHello.", "en", new PurposeStep());
        assertNull(d.purpose);
        assertTrue(Steps.warnedFields(d).contains("purpose"));
    }
}
