package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.meetingdesk.meeting.MeetingMode;

class ModeStepTest {

    private static DraftBuilder en(String subject, String paragraph) {
        return Steps.run("Subject:\t" + subject + "\n\nDear Sir/Madam,\n" + paragraph, "en", new ModeStep());
    }

    @Test
    void aVirtualMeetingHasNoPlaceAndSaysSo() {
        DraftBuilder d = Steps.run("事由：\n\tITU-T第13研究组虚拟会议；2020年12月7日\n\n尊敬的先生/女士：\n会议将于上午日内瓦时间10时开始。", "zh", new ModeStep());
        assertEquals(MeetingMode.VIRTUAL, d.mode);
        assertNull(d.place);
        assertTrue(Steps.warnedFields(d).contains("place"));
    }

    @Test
    void aGluedPlaceIsReadAndANamedVenueIsOnSite() {
        DraftBuilder d = en("Meeting of Study Group 17, Geneva,9-18 April 2024", "1\tThe meeting will be held at ITU headquarters, Geneva.");
        assertEquals(MeetingMode.ON_SITE, d.mode);
        assertEquals("Geneva", d.place);
        assertFalse(Steps.warnedFields(d).contains("mode"));
    }

    @Test
    void anotherCityAndHybrid() {
        DraftBuilder d = en("Meeting of ITU-T Study Group 5, Cairo, Egypt, 22-26 May 2023",
                "1\tStudy Group 5 will hold its next meeting in hybrid format in Cairo, Egypt.");
        assertEquals(MeetingMode.HYBRID, d.mode);
        assertEquals("Cairo, Egypt", d.place);
    }

    @Test
    void anEarlierVirtualMeetingInAnAsideDoesNotMakeThisOneVirtual() {
        DraftBuilder d = en("TSAG meeting, Geneva, 26 February - 2 March 2018",
                "1\tAs agreed at its last meeting (virtual, 1-5 May 2017), TSAG will meet in Geneva.");
        assertEquals(MeetingMode.ON_SITE, d.mode);
        assertEquals("Geneva", d.place);
        assertTrue(Steps.warnedFields(d).contains("mode"), "an on-site reading from a place alone is reported");
    }

    @Test
    void nothingToGoOn() {
        DraftBuilder d = en("A meeting", "Hello.");
        assertNull(d.mode);
        assertTrue(Steps.warnedFields(d).containsAll(java.util.List.of("mode", "place")));
    }
}
