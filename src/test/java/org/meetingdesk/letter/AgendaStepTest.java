package org.meetingdesk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgendaStepTest {

    static List<String> flat(List<DraftAgendaItem> items) {
        List<String> out = new ArrayList<>();
        for (DraftAgendaItem i : items) {
            out.add(i.number() + " " + i.title());
            out.addAll(flat(i.children()).stream().map(s -> "  " + s).toList());
        }
        return out;
    }

    private static DraftBuilder run(String annex) {
        return Steps.run("Dear Sir/Madam,\nHello.\nANNEX A\nInfo 1. not agenda\n" + annex, "en", new AgendaStep());
    }

    @Test
    void aListThatLostItsNumbersIsRestoredAndWarnedOnce() {
        DraftBuilder d = run("ANNEX B\n(to TSB Collective letter 12/13)\nDraft Agenda for the virtual meeting of SG13,\n7 December 2020\n\n"
                + "1. Opening of the meeting\n1. Approval of the agenda \n1. Miscellaneous\n1. Adjournment \n\n_____________________\n 1. after");
        assertEquals(List.of("1 Opening of the meeting", "2 Approval of the agenda", "3 Miscellaneous", "4 Adjournment"), flat(d.agenda));
        assertEquals(1, d.warnings.size());
        assertEquals("agenda", d.warnings.get(0).field());
        assertTrue(d.warnings.get(0).text().startsWith("1. Approval of the agenda"));
    }

    @Test
    void dottedNumbersStayFlatWithoutAParentAndLettersNestUnderThePrecedingItem() {
        DraftBuilder d = run("ANNEX B\nDraft agenda \nNOTE - Updates to the agenda can be found in SG2-TD1139. \n1.1\tOpening of the meeting\n"
                + "1.4\tReports of SG2 work\na)\tApproval of Reports\nb)\tActivities\n1.9\tProcedural notifications\n2.1\tApproval of Recommendations\n"
                + "2.10\tAny other business\n");
        assertEquals(List.of("1.1 Opening of the meeting", "1.4 Reports of SG2 work", "  1.4 a) Approval of Reports", "  1.4 b) Activities",
                "1.9 Procedural notifications", "2.1 Approval of Recommendations", "2.10 Any other business"), flat(d.agenda));
        assertTrue(d.warnings.isEmpty(), d.warnings.toString());
    }

    @Test
    void dottedNumbersNestUnderTheirParentAndExplicitLetteredNumbers() {
        DraftBuilder d = run("ANNEX B\n1\tOpening\n3\tReports\n3.1\tWorking Party 1/12\n3.1 a)\tQuestion 1/12\n3.1 b)\tQuestion 2/12\n3.2\tWorking Party 2/12\n"
                + "4\tClosure\na)\tlost\na)\tlost again\n");
        assertEquals(List.of("1 Opening", "3 Reports", "  3.1 Working Party 1/12", "    3.1 a) Question 1/12", "    3.1 b) Question 2/12",
                "  3.2 Working Party 2/12", "4 Closure", "  4 a) lost", "  4 b) lost again"), flat(d.agenda));
        assertEquals(1, d.warnings.size(), "the lettered list that lost its letters");
    }

    @Test
    void unnumberedLinesInsideTheAgendaAreReported() {
        DraftBuilder d = run("ANNEX B\n1\tOpening\nsome stray line\n2\tClosure\n");
        assertEquals(2, d.agenda.size());
        assertEquals("some stray line", d.warnings.get(0).text());
    }

    @Test
    void noAnnexB() {
        DraftBuilder d = Steps.run("Dear Sir/Madam,\nHello.", "en", new AgendaStep());
        assertTrue(d.agenda.isEmpty());
        assertTrue(Steps.warnedFields(d).contains("agenda"));
    }
}
