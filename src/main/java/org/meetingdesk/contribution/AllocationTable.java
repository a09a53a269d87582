package org.meetingdesk.contribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The meeting's documents grouped under the agenda items they declare, for action and for
 * information, as the allocation table of a study-group meeting lists them. A document declaring
 * several items appears under each; one declaring none is listed as unallocated.
 */
public record AllocationTable(String meeting, List<Item> items, List<Entry> unallocated) {

    public record Item(String item, List<Entry> forAction, List<Entry> forInformation) {
    }

    public record Entry(String number, DocumentKind kind, String title, List<String> source, Classification classification) {
        static Entry of(Document d) {
            return new Entry(d.number().toString(), d.kind(), d.title(), d.source(), d.classification());
        }
    }

    /** Builds the table from documents already filtered to what the meeting considers (accepted). */
    public static AllocationTable of(String meeting, List<Document> documents) {
        Map<String, Item> byItem = new TreeMap<>(AllocationTable::compareItems);
        List<Entry> unallocated = new ArrayList<>();
        for (Document d : documents) {
            if (d.agendaItems() == null || d.agendaItems().isEmpty()) {
                unallocated.add(Entry.of(d));
                continue;
            }
            for (String item : d.agendaItems()) {
                Item row = byItem.computeIfAbsent(item, i -> new Item(i, new ArrayList<>(), new ArrayList<>()));
                (d.forAction() ? row.forAction() : row.forInformation()).add(Entry.of(d));
            }
        }
        return new AllocationTable(meeting, List.copyOf(byItem.values()), unallocated);
    }

    /** "1.4" before "1.4a" before "1.10" before "2": numeric parts compare as numbers. */
    static int compareItems(String a, String b) {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = Comparator.<String, Integer>comparing(AllocationTable::digits).thenComparing(AllocationTable::letters)
                    .compare(pa[i], pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static int digits(String part) {
        String d = part.replaceAll("[^0-9]", "");
        return d.isEmpty() ? 0 : Integer.parseInt(d);
    }

    private static String letters(String part) {
        return part.replaceAll("[0-9]", "");
    }
}
