package org.meetingdesk.agenda;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One published version of a meeting's agenda. Immutable once stored: a change is a new version.
 *
 * @param version     1, 2, … in publication order
 * @param source      the document the version comes from ("TSB Collective letter 7/2, Annex B", "SG2-TD1139")
 * @param sourceDate  the source's date, when known
 * @param publishedBy subject of the secretariat member (or system) that published it
 * @param etag        strong hash of everything above and the items ({@link #contentHash})
 */
public record AgendaVersion(String meeting, int version, String source, LocalDate sourceDate, Instant publishedAt,
        String publishedBy, List<AgendaItem> items, String etag) {

    public AgendaVersion {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A new version with its content hash computed. */
    public static AgendaVersion of(String meeting, int version, String source, LocalDate sourceDate, Instant publishedAt,
            String publishedBy, List<AgendaItem> items) {
        return new AgendaVersion(meeting, version, source, sourceDate, publishedAt, publishedBy, items,
                contentHash(meeting, version, source, sourceDate, publishedAt, publishedBy, items));
    }

    /** Every item, parents before their children, in agenda order. */
    public List<AgendaItem> flatten() {
        List<AgendaItem> all = new ArrayList<>();
        walk(items, all::add);
        return all;
    }

    /** The item with this key, or else the item with this number (compared as numbers: "1.4a)" is "1.4 a)"). */
    public Optional<AgendaItem> find(String keyOrNumber) {
        List<AgendaItem> all = flatten();
        Optional<AgendaItem> byKey = all.stream().filter(i -> keyOrNumber.equals(i.key())).findFirst();
        if (byKey.isPresent()) {
            return byKey;
        }
        Optional<String> wanted = ItemNumber.parse(keyOrNumber).map(ItemNumber::canonical);
        return wanted.flatMap(w -> all.stream()
                .filter(i -> ItemNumber.parse(i.number()).map(ItemNumber::canonical).filter(w::equals).isPresent())
                .findFirst());
    }

    private static void walk(List<AgendaItem> items, Consumer<AgendaItem> visit) {
        for (AgendaItem item : items) {
            visit.accept(item);
            walk(item.children(), visit);
        }
    }

    /**
     * SHA-256 over an unambiguous rendering (every string length-prefixed) of the version's content,
     * base64url without padding. Equal content gives an equal hash on every machine and JVM.
     */
    static String contentHash(String meeting, int version, String source, LocalDate sourceDate, Instant publishedAt,
            String publishedBy, List<AgendaItem> items) {
        StringBuilder sb = new StringBuilder();
        field(sb, meeting);
        field(sb, Integer.toString(version));
        field(sb, source);
        field(sb, sourceDate == null ? null : sourceDate.toString());
        field(sb, publishedAt == null ? null : publishedAt.toString());
        field(sb, publishedBy);
        items(sb, items);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void items(StringBuilder sb, List<AgendaItem> items) {
        sb.append('[').append(items.size());
        for (AgendaItem i : items) {
            field(sb, i.key());
            field(sb, i.number());
            sb.append('{').append(i.titles().size());
            for (Map.Entry<String, String> t : i.titles().entrySet()) {
                field(sb, t.getKey());
                field(sb, t.getValue());
            }
            field(sb, i.notes());
            sb.append('(').append(i.documents().size());
            i.documents().forEach(d -> field(sb, d));
            items(sb, i.children());
        }
        sb.append(']');
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-;");
        } else {
            sb.append(value.length()).append(':').append(value).append(';');
        }
    }
}
