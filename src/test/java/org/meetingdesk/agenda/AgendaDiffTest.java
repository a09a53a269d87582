package org.meetingdesk.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AgendaDiffTest {

    static AgendaItem item(String key, String number, String title, List<String> docs, AgendaItem... children) {
        return new AgendaItem(key, number, Map.of("en", title), null, docs, Arrays.asList(children));
    }

    static AgendaItem item(String key, String number, String title, AgendaItem... children) {
        return item(key, number, title, List.of(), children);
    }

    static AgendaVersion version(int n, AgendaItem... items) {
        return AgendaVersion.of("SG9-2030-01-01", n, "source " + n, LocalDate.of(2030, 1, n), Instant.EPOCH, "sec",
                List.of(items));
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        AgendaVersion v = version(1, item("a", "1", "Opening"), item("b", "2", "Closing"));
        AgendaChanges c = AgendaDiff.between(v, v);
        assertEquals(0, c.count());
        assertEquals("", c.changelog());
    }

    @Test
    void insertionRenumbersFollowersWithoutCallingThemMoved() {
        AgendaVersion v1 = version(1, item("a", "1", "Opening"), item("b", "2", "Agenda"), item("c", "3", "Closing"));
        AgendaVersion v2 = version(2, item("a", "1", "Opening"), item("b", "2", "Agenda"), item("n", "3", "New work"),
                item("c", "4", "Closing"));
        AgendaChanges c = AgendaDiff.between(v1, v2);
        assertEquals(1, c.added().size());
        assertEquals("n", c.added().get(0).key());
        assertEquals(List.of(new AgendaChanges.Renumbered("c", "3", "4", "Closing")), c.renumbered());
        assertEquals(List.of(), c.moved());
        assertEquals(List.of(), c.removed());
        assertEquals("Added 3 \"New work\"\nRenumbered 3 to 4: \"Closing\"", c.changelog());
        assertEquals(2, c.count());
    }

    @Test
    void removalAndRetitleMatchByKeyNotNumber() {
        AgendaVersion v1 = version(1, item("a", "1", "Opening"), item("b", "2", "Old business"), item("c", "3", "Closing"));
        AgendaVersion v2 = version(2, item("a", "1", "Opening of the meeting"), item("c", "2", "Closing"));
        AgendaChanges c = AgendaDiff.between(v1, v2);
        assertEquals(List.of(new AgendaChanges.Removed("b", "2", "Old business")), c.removed());
        assertEquals(List.of(new AgendaChanges.Retitled("a", "1", "en", "Opening", "Opening of the meeting")), c.retitled());
        assertEquals(List.of(new AgendaChanges.Renumbered("c", "3", "2", "Closing")), c.renumbered());
        assertEquals(List.of(), c.added());
        assertTrue(c.changelog().contains("Retitled 1 (en): \"Opening\" -> \"Opening of the meeting\""), c.changelog());
        assertTrue(c.changelog().startsWith("Removed 2 \"Old business\""), c.changelog());
    }

    @Test
    void retitleIsPerLanguage() {
        AgendaItem en = new AgendaItem("a", "1", Map.of("en", "Opening"), null, List.of(), List.of());
        AgendaItem enFr = new AgendaItem("a", "1", Map.of("en", "Opening", "fr", "Ouverture"), null, List.of(), List.of());
        AgendaChanges c = AgendaDiff.between(version(1, en), version(2, enFr));
        assertEquals(List.of(new AgendaChanges.Retitled("a", "1", "fr", null, "Ouverture")), c.retitled());
        assertEquals("Title in fr added to 1: \"Ouverture\"", c.changelog());
    }

    @Test
    void moveToAnotherParentAndReorderAmongSiblings() {
        AgendaVersion v1 = version(1, item("p", "1", "Reports", item("x", "1.1", "X"), item("y", "1.2", "Y")),
                item("q", "2", "Other", item("z", "2.1", "Z")), item("w", "3", "W"));
        // y goes under q; w moves before q at the top level.
        AgendaVersion v2 = version(2, item("p", "1", "Reports", item("x", "1.1", "X")),
                item("w", "2", "W"), item("q", "3", "Other", item("z", "3.1", "Z"), item("y", "3.2", "Y")));
        AgendaChanges c = AgendaDiff.between(v1, v2);
        List<String> moved = c.moved().stream().map(AgendaChanges.Moved::key).toList();
        assertEquals(2, moved.size(), c.moved().toString());
        assertTrue(moved.contains("y"));
        AgendaChanges.Moved y = c.moved().stream().filter(m -> m.key().equals("y")).findFirst().orElseThrow();
        assertEquals("1", y.oldParent());
        assertEquals("3", y.newParent());
        assertEquals("p", y.oldParentKey());
        assertEquals("q", y.newParentKey());
        // One of w and q changed place among the top-level siblings they share; the LCS keeps the other.
        assertTrue(moved.contains("w") || moved.contains("q"));
        assertTrue(c.changelog().contains("Moved 3.2 \"Y\" from under 1 to under 3"), c.changelog());
        assertEquals(List.of("q", "z", "w", "y").stream().sorted().toList(),
                c.renumbered().stream().map(AgendaChanges.Renumbered::key).sorted().toList());
    }

    @Test
    void documentsAllocatedWithdrawnAndReallocated() {
        AgendaVersion v1 = version(1, item("a", "1", "One", List.of("SG9-C1", "SG9-C2")), item("b", "2", "Two", List.of("SG9-TD5")));
        AgendaVersion v2 = version(2, item("a", "1", "One", List.of("SG9-C1")), item("b", "2", "Two", List.of("SG9-TD5", "SG9-C2", "SG9-LS3")));
        AgendaChanges c = AgendaDiff.between(v1, v2);
        assertEquals(List.of(new AgendaChanges.Documents("b", "2", "Two", List.of("SG9-C2", "SG9-LS3"))), c.documentsAdded());
        assertEquals(List.of(new AgendaChanges.Documents("a", "1", "One", List.of("SG9-C2"))), c.documentsRemoved());
        assertEquals(List.of(new AgendaChanges.Reallocated("SG9-C2", "a", "1", "b", "2")), c.reallocated());
        assertEquals("Allocated SG9-LS3 to 2 \"Two\"\nReallocated SG9-C2 from 1 to 2", c.changelog());
    }

    @Test
    void reversedDiffUndoes() {
        AgendaVersion v1 = version(1, item("a", "1", "One"));
        AgendaVersion v2 = version(2, item("a", "1", "One"), item("b", "2", "Two"));
        assertEquals("Removed 2 \"Two\"", AgendaDiff.between(v2, v1).changelog());
        assertEquals(2, AgendaDiff.between(v2, v1).from());
    }

    @Test
    void etagIsAStrongHashOfTheContent() {
        AgendaVersion a = version(1, item("a", "1", "One"));
        AgendaVersion same = version(1, item("a", "1", "One"));
        AgendaVersion other = version(1, item("a", "1", "One!"));
        assertEquals(a.etag(), same.etag());
        assertNotEquals(a.etag(), other.etag());
        assertEquals(43, a.etag().length(), "SHA-256, base64url without padding");
    }
}
