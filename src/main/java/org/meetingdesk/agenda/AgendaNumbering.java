package org.meetingdesk.agenda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.meetingdesk.problem.FieldError;

/**
 * The numbering rules an agenda must keep to be published. Pure: no storage, no clock.
 *
 * <ul>
 * <li>every number reads as an item number ({@link ItemNumber#FORMS});</li>
 * <li>no number appears twice anywhere in the agenda;</li>
 * <li>children are numbered one level under their parent ("1.4 a)" under "1.4", "2.3" under "2");</li>
 * <li>siblings are in ascending order;</li>
 * <li>no gaps: the first sibling starts at 1 (or a, or i) and each next one counts up by one
 * ("1.9" may be followed by "2.1") — unless {@code allowGaps}, for sources that skip numbers.</li>
 * </ul>
 * Each violation is reported at the item's JSON path, e.g. {@code items[3].children[0].number}.
 */
public final class AgendaNumbering {

    private AgendaNumbering() {
    }

    public static List<FieldError> check(List<AgendaItem> items, boolean allowGaps) {
        List<FieldError> errors = new ArrayList<>();
        walk(items, null, "items", allowGaps, new HashMap<>(), errors);
        return errors;
    }

    private static void walk(List<AgendaItem> items, ItemNumber parent, String path, boolean allowGaps,
            Map<String, String> seen, List<FieldError> errors) {
        ItemNumber previous = null;
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            String at = path + "[" + i + "]";
            String field = at + ".number";
            if (item == null) {
                continue;
            }
            if (item.number() == null || item.number().isBlank()) {
                errors.add(new FieldError(field, "is required"));
                continue;
            }
            Optional<ItemNumber> parsed = ItemNumber.parse(item.number());
            if (parsed.isEmpty()) {
                errors.add(new FieldError(field, "\"" + item.number() + "\" is not an item number; write it like " + ItemNumber.FORMS));
                // Its children cannot be checked against a parent that has no number.
                continue;
            }
            ItemNumber n = parsed.get();
            String twin = seen.putIfAbsent(n.canonical(), field);
            if (twin != null) {
                errors.add(new FieldError(field, "\"" + n.printed() + "\" is already the number of " + twin));
            } else if (parent != null && !n.isChildOf(parent)) {
                errors.add(new FieldError(field, "\"" + n.printed() + "\" is not numbered under its parent \""
                        + parent.printed() + "\" (a child of it reads like " + parent.childExamples() + ")"));
            } else if (previous != null && n.compareTo(previous) <= 0) {
                errors.add(new FieldError(field, "\"" + n.printed() + "\" comes after \"" + previous.printed()
                        + "\": items must be in ascending order"));
            } else if (!allowGaps && previous == null && !n.isFirstUnder(parent)) {
                errors.add(new FieldError(field, "\"" + n.printed() + "\" is the first item " + (parent == null ? "of the agenda" : "under \"" + parent.printed() + "\"")
                        + " but the numbering starts at \"" + n.firstUnder(parent) + "\"; set allowGaps if the source skips numbers"));
            } else if (!allowGaps && previous != null && !n.follows(previous)) {
                errors.add(new FieldError(field, "\"" + n.printed() + "\" does not follow \"" + previous.printed()
                        + "\": " + (n.depth() != previous.depth() ? "siblings are numbered at different depths" : "numbers are missing in between")
                        + "; set allowGaps if the source has gaps"));
            }
            walk(item.children(), n, at + ".children", allowGaps, seen, errors);
            previous = n;
        }
    }
}
