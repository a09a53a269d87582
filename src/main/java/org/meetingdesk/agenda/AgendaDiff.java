package org.meetingdesk.agenda;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.meetingdesk.agenda.AgendaChanges.Added;
import org.meetingdesk.agenda.AgendaChanges.Documents;
import org.meetingdesk.agenda.AgendaChanges.Moved;
import org.meetingdesk.agenda.AgendaChanges.NotesChanged;
import org.meetingdesk.agenda.AgendaChanges.Reallocated;
import org.meetingdesk.agenda.AgendaChanges.Removed;
import org.meetingdesk.agenda.AgendaChanges.Renumbered;
import org.meetingdesk.agenda.AgendaChanges.Retitled;

/**
 * The structured difference between two agenda versions. Pure.
 *
 * <p>Items are matched by key. An item is <em>moved</em> when its parent changed, or when it
 * changed place among the siblings it shares with the other version: the siblings outside a longest
 * common subsequence of the two orders, so inserting or removing an item never reports its
 * neighbours as moved. A document is <em>reallocated</em> when it left exactly one item and arrived
 * at exactly one other; it also appears in the per-item lists, but the changelog says it once.
 */
public final class AgendaDiff {

    private AgendaDiff() {
    }

    /** Where an item sits in one version. */
    private record Place(AgendaItem item, AgendaItem parent, int position) {
        String parentKey() {
            return parent == null ? null : parent.key();
        }

        String parentNumber() {
            return parent == null ? null : parent.number();
        }
    }

    public static AgendaChanges between(AgendaVersion from, AgendaVersion to) {
        Map<String, Place> before = places(from);
        Map<String, Place> after = places(to);

        List<Added> added = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        List<Retitled> retitled = new ArrayList<>();
        List<Renumbered> renumbered = new ArrayList<>();
        List<NotesChanged> notes = new ArrayList<>();
        List<Documents> docsAdded = new ArrayList<>();
        List<Documents> docsRemoved = new ArrayList<>();

        for (Place was : before.values()) {
            if (!after.containsKey(was.item().key())) {
                removed.add(new Removed(was.item().key(), was.item().number(), english(was.item())));
            }
        }
        for (Place now : after.values()) {
            AgendaItem n = now.item();
            Place was = before.get(n.key());
            if (was == null) {
                added.add(new Added(n.key(), n.number(), english(n), now.parentKey(), now.parentNumber(), n.documents()));
                continue;
            }
            AgendaItem o = was.item();
            if (!o.number().equals(n.number())) {
                renumbered.add(new Renumbered(n.key(), o.number(), n.number(), english(n)));
            }
            Set<String> langs = new TreeSet<>(o.titles().keySet());
            langs.addAll(n.titles().keySet());
            // English first: it is the title everyone reads.
            List<String> ordered = new ArrayList<>();
            if (langs.remove(AgendaItem.ENGLISH)) {
                ordered.add(AgendaItem.ENGLISH);
            }
            ordered.addAll(langs);
            for (String lang : ordered) {
                String ot = o.titles().get(lang);
                String nt = n.titles().get(lang);
                if (!Objects.equals(ot, nt)) {
                    retitled.add(new Retitled(n.key(), n.number(), lang, ot, nt));
                }
            }
            if (!Objects.equals(o.notes(), n.notes())) {
                notes.add(new NotesChanged(n.key(), n.number(), o.notes(), n.notes()));
            }
            List<String> plus = n.documents().stream().filter(d -> !o.documents().contains(d)).toList();
            List<String> minus = o.documents().stream().filter(d -> !n.documents().contains(d)).toList();
            if (!plus.isEmpty()) {
                docsAdded.add(new Documents(n.key(), n.number(), english(n), plus));
            }
            if (!minus.isEmpty()) {
                docsRemoved.add(new Documents(n.key(), n.number(), english(n), minus));
            }
        }
        List<Moved> moved = moved(before, after);
        List<Reallocated> reallocated = reallocated(before, after);

        List<String> lines = changelog(removed, added, renumbered, retitled, moved, notes, docsAdded, docsRemoved,
                reallocated);
        return new AgendaChanges(to.meeting(), from.version(), to.version(), from.source(), to.source(), added, removed,
                retitled, renumbered, moved, notes, docsAdded, docsRemoved, reallocated, lines.size(),
                String.join("\n", lines));
    }

    private static List<Moved> moved(Map<String, Place> before, Map<String, Place> after) {
        Set<String> reordered = new HashSet<>();
        // Siblings kept under the same parent, in each version's order: whoever is outside the
        // longest common subsequence changed place.
        Map<String, List<String>> oldOrder = new LinkedHashMap<>();
        Map<String, List<String>> newOrder = new LinkedHashMap<>();
        for (Place now : after.values()) {
            Place was = before.get(now.item().key());
            if (was != null && Objects.equals(was.parentKey(), now.parentKey())) {
                String group = String.valueOf(now.parentKey());
                newOrder.computeIfAbsent(group, g -> new ArrayList<>()).add(now.item().key());
            }
        }
        for (Place was : before.values()) {
            Place now = after.get(was.item().key());
            if (now != null && Objects.equals(was.parentKey(), now.parentKey())) {
                oldOrder.computeIfAbsent(String.valueOf(was.parentKey()), g -> new ArrayList<>()).add(was.item().key());
            }
        }
        for (Map.Entry<String, List<String>> e : newOrder.entrySet()) {
            List<String> o = oldOrder.get(e.getKey());
            Set<String> kept = lcs(o, e.getValue());
            e.getValue().stream().filter(k -> !kept.contains(k)).forEach(reordered::add);
        }
        List<Moved> moved = new ArrayList<>();
        for (Place now : after.values()) {
            Place was = before.get(now.item().key());
            if (was == null) {
                continue;
            }
            if (!Objects.equals(was.parentKey(), now.parentKey()) || reordered.contains(now.item().key())) {
                moved.add(new Moved(now.item().key(), now.item().number(), english(now.item()), was.parentKey(),
                        was.parentNumber(), now.parentKey(), now.parentNumber(), was.position(), now.position()));
            }
        }
        return moved;
    }

    /** Keys on a longest common subsequence of two orders (classic dynamic programme; agendas are small). */
    static Set<String> lcs(List<String> a, List<String> b) {
        int[][] len = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        Set<String> keep = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                keep.add(a.get(i));
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return keep;
    }

    private static List<Reallocated> reallocated(Map<String, Place> before, Map<String, Place> after) {
        Map<String, List<AgendaItem>> wasAt = holders(before);
        Map<String, List<AgendaItem>> nowAt = holders(after);
        List<Reallocated> result = new ArrayList<>();
        for (Map.Entry<String, List<AgendaItem>> e : nowAt.entrySet()) {
            List<AgendaItem> old = wasAt.getOrDefault(e.getKey(), List.of());
            List<AgendaItem> left = old.stream().filter(o -> e.getValue().stream().noneMatch(n -> n.key().equals(o.key()))).toList();
            List<AgendaItem> came = e.getValue().stream().filter(n -> old.stream().noneMatch(o -> o.key().equals(n.key()))).toList();
            if (left.size() == 1 && came.size() == 1) {
                result.add(new Reallocated(e.getKey(), left.get(0).key(), left.get(0).number(), came.get(0).key(),
                        came.get(0).number()));
            }
        }
        return result;
    }

    private static Map<String, List<AgendaItem>> holders(Map<String, Place> places) {
        Map<String, List<AgendaItem>> at = new LinkedHashMap<>();
        for (Place p : places.values()) {
            for (String d : p.item().documents()) {
                at.computeIfAbsent(d, x -> new ArrayList<>()).add(p.item());
            }
        }
        return at;
    }

    private static List<String> changelog(List<Removed> removed, List<Added> added, List<Renumbered> renumbered,
            List<Retitled> retitled, List<Moved> moved, List<NotesChanged> notes, List<Documents> docsAdded,
            List<Documents> docsRemoved, List<Reallocated> reallocated) {
        Set<String> reallocatedDocs = new LinkedHashSet<>();
        reallocated.forEach(r -> reallocatedDocs.add(r.document()));
        List<String> lines = new ArrayList<>();
        for (Removed r : removed) {
            lines.add("Removed " + r.number() + " " + quote(r.title()));
        }
        for (Added a : added) {
            lines.add("Added " + a.number() + " " + quote(a.title())
                    + (a.parent() == null ? "" : " under " + a.parent())
                    + (a.documents().isEmpty() ? "" : " with " + String.join(", ", a.documents())));
        }
        for (Renumbered r : renumbered) {
            lines.add("Renumbered " + r.oldNumber() + " to " + r.newNumber() + ": " + quote(r.title()));
        }
        for (Retitled r : retitled) {
            if (r.oldTitle() == null) {
                lines.add("Title in " + r.lang() + " added to " + r.number() + ": " + quote(r.newTitle()));
            } else if (r.newTitle() == null) {
                lines.add("Title in " + r.lang() + " removed from " + r.number() + " (was " + quote(r.oldTitle()) + ")");
            } else {
                lines.add("Retitled " + r.number() + " (" + r.lang() + "): " + quote(r.oldTitle()) + " -> " + quote(r.newTitle()));
            }
        }
        for (Moved m : moved) {
            if (Objects.equals(m.oldParentKey(), m.newParentKey())) {
                lines.add("Moved " + m.number() + " " + quote(m.title()) + " from position " + m.oldPosition() + " to "
                        + m.newPosition() + (m.newParent() == null ? " at the top level" : " under " + m.newParent()));
            } else {
                lines.add("Moved " + m.number() + " " + quote(m.title()) + " from "
                        + (m.oldParent() == null ? "the top level" : "under " + m.oldParent()) + " to "
                        + (m.newParent() == null ? "the top level" : "under " + m.newParent()));
            }
        }
        for (NotesChanged n : notes) {
            lines.add((n.oldNotes() == null ? "Notes added to " : n.newNotes() == null ? "Notes removed from " : "Notes changed on ")
                    + n.number());
        }
        for (Documents d : docsAdded) {
            List<String> docs = d.documents().stream().filter(x -> !reallocatedDocs.contains(x)).toList();
            if (!docs.isEmpty()) {
                lines.add("Allocated " + String.join(", ", docs) + " to " + d.number() + " " + quote(d.title()));
            }
        }
        for (Documents d : docsRemoved) {
            List<String> docs = d.documents().stream().filter(x -> !reallocatedDocs.contains(x)).toList();
            if (!docs.isEmpty()) {
                lines.add("Withdrew " + String.join(", ", docs) + " from " + d.number() + " " + quote(d.title()));
            }
        }
        for (Reallocated r : reallocated) {
            lines.add("Reallocated " + r.document() + " from " + r.fromNumber() + " to " + r.toNumber());
        }
        return lines;
    }

    private static Map<String, Place> places(AgendaVersion v) {
        Map<String, Place> places = new LinkedHashMap<>();
        collect(v.items(), null, places);
        return places;
    }

    private static void collect(List<AgendaItem> items, AgendaItem parent, Map<String, Place> places) {
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            places.put(item.key(), new Place(item, parent, i + 1));
            collect(item.children(), item, places);
        }
    }

    private static String english(AgendaItem item) {
        return item.titles().get(AgendaItem.ENGLISH);
    }

    private static String quote(String title) {
        return "\"" + (title == null ? "" : title) + "\"";
    }
}
