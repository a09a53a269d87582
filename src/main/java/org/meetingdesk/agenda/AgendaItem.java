package org.meetingdesk.agenda;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One agenda item as published.
 *
 * @param key       stable identity, made when the item is first published and kept across versions,
 *                  so diffs match items by identity and not by number; null only in a draft
 * @param number    the number as printed ("1", "1.4", "1.4 a)", "2.11")
 * @param titles    title per language code (ar, zh, en, fr, ru, es); English is required
 * @param notes     optional remark printed with the item
 * @param documents document numbers allocated to the item ("SG2-C12", "SG2-TD1139", "SG2-LS5")
 * @param children  sub-items, numbered under this item
 */
public record AgendaItem(String key, String number, Map<String, String> titles, String notes,
        List<String> documents, List<AgendaItem> children) {

    public static final String ENGLISH = "en";

    public AgendaItem {
        // Sorted, so the content hash (ETag) does not depend on the order a client sent languages in.
        titles = titles == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(titles));
        documents = documents == null ? List.of() : List.copyOf(documents);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** The title in {@code lang}, or the English one when there is none in that language. */
    public String title(String lang) {
        String t = lang == null ? null : titles.get(lang);
        return t != null ? t : titles.get(ENGLISH);
    }

    /** The language {@link #title(String)} answers in. */
    public String titleLang(String lang) {
        return lang != null && titles.get(lang) != null ? lang : ENGLISH;
    }

    public AgendaItem withKey(String newKey) {
        return new AgendaItem(newKey, number, titles, notes, documents, children);
    }

    public AgendaItem withDocuments(List<String> newDocuments) {
        return new AgendaItem(key, number, titles, notes, newDocuments, children);
    }

    public AgendaItem withChildren(List<AgendaItem> newChildren) {
        return new AgendaItem(key, number, titles, notes, documents, newChildren);
    }
}
