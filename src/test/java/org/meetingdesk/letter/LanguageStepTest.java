package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LanguageStepTest {

    @Test
    void englishOnlyWithoutInterpretation() {
        DraftBuilder zh = Steps.run("尊敬的先生/女士：\n请注意，将不发放与会补贴，整个会议将仅以英文进行，且不提供口译服务。", "zh", new LanguageStep());
        assertEquals(List.of("en"), zh.languages);
        assertFalse(zh.interpretation);
        DraftBuilder ru = Steps.run("Уважаемая госпожа,\nСобрание будет проводиться только на английском языке, без устного перевода.", "ru",
                new LanguageStep());
        assertEquals(List.of("en"), ru.languages);
        assertFalse(ru.interpretation);
        assertTrue(ru.warnings.isEmpty());
    }

    @Test
    void sixLanguagesMeanInterpretation() {
        DraftBuilder d = Steps.run("Dear Sir/Madam,\nDiscussions will take place in the six official languages of the Union.", "en",
                new LanguageStep());
        assertEquals(LanguageStep.SIX, d.languages);
        assertTrue(d.interpretation);
    }

    @Test
    void silenceIsReported() {
        DraftBuilder d = Steps.run("Dear Sir/Madam,\nWelcome.", "en", new LanguageStep());
        assertNull(d.languages);
        assertFalse(d.interpretation);
        assertTrue(Steps.warnedFields(d).containsAll(List.of("languages", "interpretation")));
    }
}
