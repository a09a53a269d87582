package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReferenceStepTest {

    @Test
    void readsEachLanguageIntoTheEnglishCitation() {
        assertEquals("TSB Collective letter 12/13",
                Steps.run("\t文号：\n\t电信标准化局第12/13号集体函\n尊敬的先生/女士：\n", "zh", new ReferenceStep()).reference);
        assertEquals("TSB Collective letter 6/17",
                Steps.run("Ref:\tTSB Collective Letter 6/17\nDear Sir/Madam,\n", "en", new ReferenceStep()).reference);
        assertEquals("TSB Collective letter 5/TSAG",
                Steps.run("Ref:\tTSB Collective letter 5/tsag\nDear Sir/Madam,\n", "en", new ReferenceStep()).reference);
        assertEquals("TSB Collective letter 9/11",
                Steps.run("Осн.:\tКоллективное письмо БСЭ 9/11\nУважаемая госпожа,\n", "ru", new ReferenceStep()).reference);
    }

    @Test
    void aCircularIsNotACollectiveLetter() {
        DraftBuilder d = Steps.run("Ref:\tTSB Circular 68\nDear Sir/Madam,\nSee TSB Circular 118.", "en", new ReferenceStep());
        assertNull(d.reference);
        assertTrue(Steps.warnedFields(d).contains("letter.reference"));
    }
}
