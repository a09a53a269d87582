package org.meetingdesk.agenda;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.meetingdesk.problem.FieldError;

/**
 * Gives every item of a draft its key, the identity diffs match on. Pure.
 *
 * <p>In this order: an item that carries a key keeps it (it must be the key of an item of the
 * previous version); an item without a key takes the key of a not yet claimed item of the previous
 * version with the same English title (so a renumbered or moved item stays itself), or failing
 * that with the same number (so a retitled item stays itself); any other item is new and gets a
 * fresh key. A publisher who wants to be explicit sends the keys back.
 */
public final class ItemIdentity {

    private ItemIdentity() {
    }

    /** The draft with keys, or the errors for keys that name no item of the previous version. */
    public record Assigned(List<AgendaItem> items, List<FieldError> errors) {
    }

    /**
     * @param previous the latest published version, or null for the first
     * @param newKey   makes fresh keys; a key it returns that is already taken is skipped
     */
    public static Assigned assign(AgendaVersion previous, List<AgendaItem> draft, Supplier<String> newKey) {
        Map<String, AgendaItem> before = new LinkedHashMap<>();
        if (previous != null) {
            previous.flatten().forEach(i -> before.put(i.key(), i));
        }
        List<FieldError> errors = new ArrayList<>();
        // Pre-order list of (draft item, path) so matching is deterministic in agenda order.
        List<AgendaItem> order = new ArrayList<>();
        Map<AgendaItem, String> paths = new IdentityHashMap<>();
        collect(draft, "items", order, paths);

        Map<AgendaItem, String> keys = new IdentityHashMap<>();
        Set<String> claimed = new HashSet<>();
        for (AgendaItem item : order) {
            if (item.key() == null) {
                continue;
            }
            if (!before.containsKey(item.key())) {
                errors.add(new FieldError(paths.get(item) + ".key", previous == null
                        ? "is not a key of this meeting's agenda: it has no version yet; leave keys out"
                        : "is not the key of an item of version " + previous.version() + "; leave it out for a new item"));
            } else {
                keys.put(item, item.key());
                claimed.add(item.key());
            }
        }
        matchBy(order, keys, before, claimed, i -> normalize(i.titles().get(AgendaItem.ENGLISH)));
        matchBy(order, keys, before, claimed, i -> ItemNumber.parse(i.number()).map(ItemNumber::canonical).orElse(null));
        Set<String> taken = new HashSet<>(before.keySet());
        taken.addAll(claimed);
        for (AgendaItem item : order) {
            if (!keys.containsKey(item)) {
                String k;
                do {
                    k = newKey.get();
                } while (!taken.add(k));
                keys.put(item, k);
            }
        }
        return new Assigned(rebuild(draft, keys), errors);
    }

    private static void matchBy(List<AgendaItem> order, Map<AgendaItem, String> keys, Map<String, AgendaItem> before,
            Set<String> claimed, Function<AgendaItem, String> signature) {
        for (AgendaItem item : order) {
            if (keys.containsKey(item) || item.key() != null) {
                continue;
            }
            String sig = signature.apply(item);
            if (sig == null) {
                continue;
            }
            for (AgendaItem old : before.values()) {
                if (!claimed.contains(old.key()) && sig.equals(signature.apply(old))) {
                    keys.put(item, old.key());
                    claimed.add(old.key());
                    break;
                }
            }
        }
    }

    private static String normalize(String title) {
        return title == null || title.isBlank() ? null : title.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void collect(List<AgendaItem> items, String path, List<AgendaItem> order, Map<AgendaItem, String> paths) {
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            order.add(item);
            paths.put(item, path + "[" + i + "]");
            collect(item.children(), path + "[" + i + "].children", order, paths);
        }
    }

    private static List<AgendaItem> rebuild(List<AgendaItem> items, Map<AgendaItem, String> keys) {
        return items.stream().map(i -> i.withKey(keys.get(i)).withChildren(rebuild(i.children(), keys))).toList();
    }
}
