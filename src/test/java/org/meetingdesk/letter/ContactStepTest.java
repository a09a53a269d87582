package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContactStepTest {

    @Test
    void valuesOnTheLineAfterTheirLabelsAndASplitLabel() {
        DraftBuilder d = Steps.run("\t电话：\n\t+41 22 730 5415\n\t\n\n\t传真：\n\t+41 22 730 5853\n\t\n\n\t电子\n邮件：\n\t\ntsbsg2@itu.int\n\t\n\n"
                + "\t网址：\n\twww.itu.int/go/tsg2\n\t\n尊敬的先生/女士：\n正文 +41 99 999 9999", "zh", new ContactStep());
        assertEquals("+41 22 730 5415", d.tel);
        assertEquals("+41 22 730 5853", d.fax);
        assertEquals("tsbsg2@itu.int", d.email);
        assertEquals("www.itu.int/go/tsg2", d.web);
    }

    @Test
    void englishBlockWithoutFax() {
        DraftBuilder d = Steps.run("Tel:\t+41 22 730 5417\nE-mail:\ttsbsg5@itu.int\nWeb:\thttps://www.itu.int/go/tsg5\nDear Sir/Madam,\n", "en",
                new ContactStep());
        assertEquals("+41 22 730 5417", d.tel);
        assertNull(d.fax);
        assertEquals("https://www.itu.int/go/tsg5", d.web);
        assertTrue(d.warnings.isEmpty());
    }

    @Test
    void missingTelephoneAndEmailAreWarned() {
        DraftBuilder d = Steps.run("Subject: x\nDear Sir/Madam,\nWrite to someone@example.org.", "en", new ContactStep());
        assertNull(d.email);
        assertTrue(Steps.warnedFields(d).containsAll(java.util.List.of("contact.tel", "contact.email")));
    }
}
