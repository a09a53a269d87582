package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.meetingdesk.meeting.MeetingInput;
import org.meetingdesk.meeting.MeetingMode;

/** The two real letters (Chinese body, English Annex B) against every fact of DESIGN.md §1. */
class SeedLettersTest {

    static List<String> deadlines(LetterDraft d) {
        return d.deadlines().stream().map(x -> x.date() + " " + x.kind() + (x.override() ? " override" : "") + (x.stated() ? "" : " rule"))
                .toList();
    }

    @Test
    void sg13() {
        LetterDraft d = Letters.parse("sg13-2020-12-07.zh.txt");
        MeetingInput m = d.meeting();
        assertEquals("zh", d.language());
        assertEquals("SG13", m.group());
        assertEquals("ITU-T Study Group 13 virtual meeting", m.title());
        assertEquals(LocalDate.of(2020, 12, 7), m.start());
        assertEquals(LocalDate.of(2020, 12, 7), m.end());
        assertEquals(LocalTime.of(10, 0), m.openingTime());
        assertNull(m.closingTime(), "the letter states no closing time");
        assertEquals(MeetingMode.VIRTUAL, m.mode());
        assertNull(m.place(), "a virtual meeting: no place is stated");
        assertEquals(List.of("en"), m.languages());
        assertFalse(m.interpretation());
        assertFalse(m.fellowships());
        assertFalse(m.visaSupport());
        assertEquals("Mr Leo Lehmann (Switzerland)", m.chair());
        assertEquals(new MeetingInput.ContactInput("+41 22 730 5126", "+41 22 730 5853", "tsbsg13@itu.int", "www.itu.int/go/tsg13"), m.contact());
        assertEquals(new MeetingInput.LetterInput("TSB Collective letter 12/13", LocalDate.of(2020, 8, 17)), m.letter());
        assertTrue(m.purpose().contains("主要目标是审议关于第2/13号课题差距分析的新工作项目提案现状"));
        assertTrue(m.purpose().contains("“2030网络新服务、能力和用例的差距分析”"));
        assertEquals(List.of(new MeetingInput.DeadlineInput(org.meetingdesk.deadline.DeadlineKind.TRANSLATION, LocalDate.of(2020, 10, 7)),
                new MeetingInput.DeadlineInput(org.meetingdesk.deadline.DeadlineKind.REGISTRATION, LocalDate.of(2020, 11, 7)),
                new MeetingInput.DeadlineInput(org.meetingdesk.deadline.DeadlineKind.CONTRIBUTION, LocalDate.of(2020, 11, 24))), m.deadlines());
        assertEquals(List.of("2020-10-07 TRANSLATION", "2020-11-07 REGISTRATION", "2020-11-24 CONTRIBUTION"), deadlines(d));
        assertEquals("start minus 1 calendar month", d.deadlines().get(1).rule());
        assertEquals("注册（通过研究组主页www.itu.int/go/tsg13上的在线注册表进行）", d.deadlines().get(1).text());
        assertEquals(List.of("1 Opening of the meeting", "2 Approval of the agenda",
                "3 Review the status of the proposal for new work item on gap analysis in Q2/13 and any related liaison statements or "
                        + "contributions received. Consideration of establishment of the new work item “Gap Analysis of Network 2030 New "
                        + "Services, Capabilities and Use Cases”",
                "4 Allocation of the contributions and liaison statements received for December set of meetings",
                "5 Setting up a drafting group(s), if needed", "6 Miscellaneous", "7 Adjournment"), AgendaStepTest.flat(d.agenda()));
        // Exactly what it could not read, or restored: no closing time, no place, the lost numbering.
        assertEquals(List.of("closingTime", "place", "agenda"), d.warnings().stream().map(LetterWarning::field).toList());
    }

    @Test
    void sg2() {
        LetterDraft d = Letters.parse("sg2-2020-09-07.zh.txt");
        MeetingInput m = d.meeting();
        assertEquals("SG2", m.group());
        assertEquals("ITU-T Study Group 2 virtual meeting", m.title());
        assertEquals(LocalDate.of(2020, 9, 7), m.start());
        assertEquals(LocalDate.of(2020, 9, 8), m.end());
        assertEquals(LocalTime.of(11, 0), m.openingTime());
        assertEquals(LocalTime.of(15, 0), m.closingTime());
        assertEquals(MeetingMode.VIRTUAL, m.mode());
        assertNull(m.place());
        assertEquals(List.of("en"), m.languages());
        assertFalse(m.interpretation());
        assertFalse(m.fellowships());
        assertFalse(m.visaSupport());
        assertEquals("Mr Phil Rushton (United Kingdom)", m.chair());
        // The letter prints a fax number (the sample meeting leaves it out).
        assertEquals(new MeetingInput.ContactInput("+41 22 730 5415", "+41 22 730 5853", "tsbsg2@itu.int", "www.itu.int/go/tsg2"), m.contact());
        assertEquals(new MeetingInput.LetterInput("TSB Collective letter 7/2", LocalDate.of(2020, 6, 22)), m.letter());
        assertTrue(m.purpose().startsWith("此次会议的目的是审议ITU T第2研究组上次会议"));
        assertEquals(List.of("2020-07-07 TRANSLATION", "2020-08-07 REGISTRATION", "2020-08-25 CONTRIBUTION"), deadlines(d));
        assertEquals(3, m.deadlines().size());
        List<String> agenda = AgendaStepTest.flat(d.agenda());
        assertEquals(24, agenda.size());
        assertEquals(List.of("1.1 Opening of the meeting", "1.2 Adoption of the agenda and other administrative issues (including timetable)",
                "1.3 Study group structure and leadership", "1.4 Reports of SG2 work and follow-up actions",
                "  1.4 a) Approval of Reports SG2-R24 to SG2-R26",
                "  1.4 b) Activities since the last meeting of SG2: e-meetings and correspondence activities",
                "  1.4 c) Reports on matters of interest to SG2",
                "  1.4 d) Status of discussions regarding Recommendations to be determined or consented",
                "1.5 Reports of other meetings (if any)", "1.6 Working methods", "1.7 Liaison statements received",
                "1.8 Other issues for this meeting (if any)", "1.9 Procedural notifications",
                "2.1 Approval of Recommendations under TAP (Traditional Approval Process)", "2.2 Determination of Recommendations under TAP",
                "2.3 Recommendations Consented under AAP (Alternative Approval Process)", "2.4 Deletion or renumbering of Recommendations",
                "2.5 Supplements/non-normative amendments agreed", "2.6 Technical reports agreed",
                "2.7 Outgoing liaison statements, including those reporting to TSAG on lead study group activities",
                "2.8 Recommendation status and work plans", "2.9 Date and place of future meetings", "2.10 Any other business",
                "2.11 Closure of the meeting"), agenda);
        assertEquals(List.of("place"), d.warnings().stream().map(LetterWarning::field).toList());
    }

    @Test
    void aGivenLanguageIsUsedAsIs() {
        LetterDraft d = new LetterParser().parse(Letters.read("sg2-2020-09-07.zh.txt"), "zh");
        assertEquals("zh", d.language());
        assertEquals("SG2", d.meeting().group());
    }
}
