package org.meetingdesk.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ItemIdentityTest {

    static AgendaItem item(String key, String number, String title) {
        return new AgendaItem(key, number, Map.of("en", title), null, List.of(), List.of());
    }

    @Test
    void keysAreKeptMatchedByTitleThenNumberOrMade() {
        AgendaVersion v1 = AgendaVersion.of("SG9-2030-01-01", 1, "s", null, Instant.EPOCH, "sec",
                List.of(item("k-open", "1", "Opening"), item("k-misc", "2", "Miscellaneous"), item("k-end", "3", "Closing")));
        AtomicInteger n = new AtomicInteger();
        ItemIdentity.Assigned a = ItemIdentity.assign(v1, List.of(
                item(null, "1", "Opening"),            // same title: k-open
                item(null, "2", "New work item"),      // same number as Miscellaneous: retitled k-misc
                item(null, "3", "Other business"),     // nothing left to match: new
                item(null, "4", "Closing")), () -> "new" + n.incrementAndGet());
        assertEquals(List.of(), a.errors());
        assertEquals(List.of("k-open", "k-misc", "new1", "k-end"), a.items().stream().map(AgendaItem::key).toList());
    }

    @Test
    void explicitKeysWinAndUnknownKeysAreNamed() {
        AgendaVersion v1 = AgendaVersion.of("SG9-2030-01-01", 1, "s", null, Instant.EPOCH, "sec",
                List.of(item("a", "1", "Opening"), item("b", "2", "Closing")));
        ItemIdentity.Assigned a = ItemIdentity.assign(v1, List.of(item("b", "1", "Opening"), item("zz", "2", "Closing")),
                () -> "fresh");
        assertEquals("items[1].key", a.errors().get(0).field());
        assertEquals("b", a.items().get(0).key());
    }

    @Test
    void collidingFreshKeysAreSkipped() {
        AgendaVersion v1 = AgendaVersion.of("SG9-2030-01-01", 1, "s", null, Instant.EPOCH, "sec", List.of(item("a", "1", "One")));
        List<String> offered = List.of("a", "a", "b", "c");
        AtomicInteger i = new AtomicInteger();
        ItemIdentity.Assigned r = ItemIdentity.assign(v1,
                List.of(item(null, "1", "One"), item(null, "2", "Two"), item(null, "3", "Three")), () -> offered.get(i.getAndIncrement()));
        assertEquals(List.of("a", "b", "c"), r.items().stream().map(AgendaItem::key).toList());
        assertNotEquals(r.items().get(1).key(), r.items().get(0).key());
    }
}
