package org.meetingdesk.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.meetingdesk.problem.FieldError;

class AgendaNumberingTest {

    static AgendaItem item(String number, AgendaItem... children) {
        return new AgendaItem(null, number, Map.of("en", "Item " + number), null, List.of(), Arrays.asList(children));
    }

    static List<FieldError> check(boolean allowGaps, AgendaItem... items) {
        return AgendaNumbering.check(List.of(items), allowGaps);
    }

    @Test
    void parsesPrintedForms() {
        assertEquals("1", ItemNumber.parse("1.").orElseThrow().canonical());
        assertEquals("1.4 a)", ItemNumber.parse("1.4a)").orElseThrow().canonical());
        assertEquals("1.4 a)", ItemNumber.parse("1.4 (a)").orElseThrow().canonical());
        assertEquals("2.11", ItemNumber.parse(" 2.11 ").orElseThrow().canonical());
        assertEquals("1.4 a) ii)", ItemNumber.parse("1.4 a) ii)").orElseThrow().canonical());
        assertEquals(3, ItemNumber.parse("1.4 i)").orElseThrow().depth(), "i) after a number is the letter i");
        assertTrue(ItemNumber.parse("A.1").isEmpty());
        assertTrue(ItemNumber.parse("1..2").isEmpty());
        assertTrue(ItemNumber.parse("").isEmpty());
        assertTrue(ItemNumber.parse("1.4 a) b)").isEmpty());
    }

    @Test
    void followsCountsUpOneLevelAndRestartsBelow() {
        assertTrue(n("2.1").follows(n("1.9")));
        assertTrue(n("2.10").follows(n("2.9")));
        assertTrue(n("1.4 b)").follows(n("1.4 a)")));
        assertTrue(n("3").follows(n("2")));
        assertFalse(n("2.2").follows(n("1.9")));
        assertFalse(n("1.6").follows(n("1.4")));
        assertFalse(n("2").follows(n("1.9")));
        assertTrue(n("2.3").compareTo(n("2.10")) < 0, "numbers compare as numbers, not text");
    }

    @Test
    void bothSeedShapesAreValid() {
        assertEquals(List.of(), check(false, item("1"), item("2"), item("3"), item("4"), item("5"), item("6"), item("7")));
        assertEquals(List.of(), check(false, item("1.1"), item("1.2"), item("1.3"),
                item("1.4", item("1.4 a)"), item("1.4 b)"), item("1.4 c)"), item("1.4 d)")),
                item("1.5"), item("1.6"), item("1.7"), item("1.8"), item("1.9"), item("2.1"), item("2.2"), item("2.3"),
                item("2.4"), item("2.5"), item("2.6"), item("2.7"), item("2.8"), item("2.9"), item("2.10"), item("2.11")));
        assertEquals(List.of(), check(false, item("1", item("1.1", item("1.1.1"), item("1.1.2")), item("1.2")), item("2")));
    }

    @Test
    void duplicateNamesTheSecondItemAndTheFirst() {
        List<FieldError> errors = check(false, item("1"), item("2", item("2.1"), item("2.1")), item("3"));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("items[1].children[1].number", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("items[1].children[0].number"), errors.get(0).message());
    }

    @Test
    void theLettersSevenOnesAreDuplicates() {
        List<FieldError> errors = check(false, item("1."), item("1."), item("1."));
        assertEquals(List.of("items[1].number", "items[2].number"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void childMustBeNumberedUnderItsParent() {
        List<FieldError> errors = check(false, item("1"), item("2", item("2.1"), item("3.2")), item("3"));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("items[1].children[1].number", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("not numbered under its parent \"2\""), errors.get(0).message());
        // Two levels down is not a child either, and allowGaps does not change that.
        errors = check(true, item("1", item("1.1.1")));
        assertEquals("items[0].children[0].number", errors.get(0).field());
    }

    @Test
    void gapsAreRejectedUnlessAllowed() {
        List<FieldError> errors = check(false, item("1.1"), item("1.2"), item("1.4"), item("2.2"));
        assertEquals(List.of("items[2].number", "items[3].number"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("allowGaps"));
        assertEquals(List.of(), check(true, item("1.1"), item("1.2"), item("1.4"), item("2.2")));
    }

    @Test
    void firstItemMustStartAtOneUnlessGapsAreAllowed() {
        List<FieldError> errors = check(false, item("2"), item("3"));
        assertEquals("items[0].number", errors.get(0).field());
        errors = check(false, item("1.1"), item("1.2", item("1.2 b)")));
        assertEquals(List.of("items[1].children[0].number"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("\"1.2 a)\""), errors.get(0).message());
        assertEquals(List.of(), check(true, item("2"), item("3")));
    }

    @Test
    void orderIsRequiredEvenWithGapsAllowed() {
        List<FieldError> errors = check(true, item("1"), item("3"), item("2"));
        assertEquals(List.of("items[2].number"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("ascending"));
    }

    @Test
    void unreadableNumberIsNamed() {
        List<FieldError> errors = check(false, item("1"), item("two"));
        assertEquals("items[1].number", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("1.4 a)"));
        errors = check(false, item("1"), item(" "));
        assertEquals(new FieldError("items[1].number", "is required"), errors.get(0));
    }

    @Test
    void rulesAddTitlesDocumentsAndKeys() {
        AgendaItem noEnglish = new AgendaItem(null, "1", Map.of("fr", "Ouverture"), null, List.of(), List.of());
        AgendaItem badDocs = new AgendaItem(null, "2", Map.of("en", "Two", "de", "Zwei"), null,
                List.of("SG2-C12", "C12", "SG2-C12"), List.of());
        List<FieldError> errors = AgendaRules.check(List.of(noEnglish, badDocs), false);
        assertEquals(List.of("items[0].titles.en", "items[1].titles.de", "items[1].documents[1]", "items[1].documents[2]"),
                errors.stream().map(FieldError::field).toList());
        AgendaItem a = new AgendaItem("k1", "1", Map.of("en", "One"), null, List.of(), List.of());
        AgendaItem b = new AgendaItem("k1", "2", Map.of("en", "Two"), null, List.of(), List.of());
        assertEquals(List.of("items[1].key"), AgendaRules.check(List.of(a, b), false).stream().map(FieldError::field).toList());
        assertEquals(List.of("items"), AgendaRules.check(List.of(), false).stream().map(FieldError::field).toList());
    }

    private static ItemNumber n(String s) {
        return ItemNumber.parse(s).orElseThrow();
    }
}
