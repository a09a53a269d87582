package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.meetingdesk.meeting.MeetingMode;

class OffersStepTest {

    @Test
    void refusalsWin() {
        DraftBuilder d = Steps.run("尊敬的先生/女士：\n请注意，将不发放与会补贴。\n附件A\n与会补贴和签证协办：由于虚拟会议不涉及差旅，因此不提供与会补贴，签证协办亦不适用。",
                "zh", new OffersStep());
        assertFalse(d.fellowships);
        assertFalse(d.visaSupport);
        assertTrue(d.warnings.isEmpty());
    }

    @Test
    void offersInAnnexAOrAStatedDeadlineCount() {
        DraftBuilder d = new DraftBuilder();
        d.mode = MeetingMode.ON_SITE;
        d.deadlines.add(new DraftBuilder.Stated("VISA", LocalDate.of(2024, 3, 9), "Requests for letters to facilitate visa"));
        new OffersStep().extract(Steps.text("Dear Sir/Madam,\nHello.\nANNEX A\nFELLOWSHIPS: Two partial fellowships per eligible country.", "en"), d);
        assertTrue(d.fellowships);
        assertTrue(d.visaSupport);
    }

    @Test
    void aVirtualMeetingOffersNeither() {
        DraftBuilder d = new DraftBuilder();
        d.mode = MeetingMode.VIRTUAL;
        new OffersStep().extract(Steps.text("Dear Sir/Madam,\nA virtual meeting.", "en"), d);
        assertFalse(d.fellowships);
        assertFalse(d.visaSupport);
        assertTrue(d.warnings.isEmpty());
    }

    @Test
    void silenceOnAnOnSiteMeetingIsReported() {
        DraftBuilder d = new DraftBuilder();
        d.mode = MeetingMode.ON_SITE;
        new OffersStep().extract(Steps.text("Dear Sir/Madam,\nWelcome to Geneva.", "en"), d);
        assertFalse(d.fellowships);
        assertTrue(Steps.warnedFields(d).containsAll(java.util.List.of("fellowships", "visaSupport")));
    }
}
