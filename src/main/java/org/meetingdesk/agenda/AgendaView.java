package org.meetingdesk.agenda;

import java.time.Instant;
import java.util.List;

/**
 * An agenda version as the public reads it, titles in one language.
 *
 * @param lang the language asked for; each item's {@code titleLang} says where English stood in
 * @param etag the version's strong entity tag (also the HTTP {@code ETag} of {@code GET /agenda}, quoted)
 */
public record AgendaView(String meeting, int version, String source, String sourceDate, Instant publishedAt,
        String lang, List<Item> items, String etag) {

    public record Item(String key, String number, String title, String titleLang, String notes, List<String> documents,
            List<Item> children) {
    }

    public static AgendaView of(AgendaVersion v, String lang) {
        return new AgendaView(v.meeting(), v.version(), v.source(),
                v.sourceDate() == null ? null : v.sourceDate().toString(), v.publishedAt(), lang, items(v.items(), lang),
                v.etag());
    }

    private static List<Item> items(List<AgendaItem> items, String lang) {
        return items.stream().map(i -> new Item(i.key(), i.number(), i.title(lang), i.titleLang(lang), i.notes(),
                i.documents(), items(i.children(), lang))).toList();
    }
}
