package org.meetingdesk.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "Key deadlines" block a secretary pastes into a new collective letter, written from the same
 * {@link DeadlineRules} the system enforces, so the letter and the system can never disagree.
 *
 * <p>Wording lives in one resource file per language ({@code deadline/key-deadlines-<lang>.properties});
 * adding French or Arabic is a file, not code. Several kinds due on one date share one date line,
 * as the letters print them.
 */
public final class KeyDeadlines {

    public static final Set<String> LANGUAGES = Set.of("en", "zh");
    private static final Map<String, Properties> WORDING = new ConcurrentHashMap<>();

    private KeyDeadlines() {
    }

    public record Entry(String date, List<DeadlineKind> kinds, List<String> lines) {
    }

    public record Block(String lang, String text, List<Entry> entries) {
    }

    public static Block render(List<Deadline> deadlines, String lang, String web) {
        Properties words = wording(lang);
        DateTimeFormatter format = DateTimeFormatter.ofPattern(words.getProperty("date.pattern"), Locale.forLanguageTag(lang));
        Map<LocalDate, List<DeadlineKind>> byDate = new TreeMap<>();
        for (Deadline d : deadlines) {
            byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d.kind());
        }
        String webText = web == null || web.isBlank() ? "" : String.format(words.getProperty("web.format"), web);
        StringBuilder text = new StringBuilder(words.getProperty("heading"));
        List<Entry> entries = new ArrayList<>();
        for (var e : byDate.entrySet()) {
            String date = format.format(e.getKey());
            List<String> lines = new ArrayList<>();
            for (DeadlineKind kind : e.getValue()) {
                String phrase = words.getProperty(kind.name()).replace("{web}", webText);
                lines.add(phrase);
            }
            // The first kind shares the date's line; further kinds due that day follow beneath it.
            text.append('\n').append(String.format(words.getProperty("line.first"), date, lines.get(0)));
            for (String more : lines.subList(1, lines.size())) {
                text.append('\n').append(String.format(words.getProperty("line.more"), more));
            }
            entries.add(new Entry(e.getKey().toString(), e.getValue(), lines));
        }
        return new Block(lang, text.toString(), entries);
    }

    private static Properties wording(String lang) {
        return WORDING.computeIfAbsent(lang, l -> {
            try (InputStream in = KeyDeadlines.class.getResourceAsStream("/deadline/key-deadlines-" + l + ".properties")) {
                if (in == null) {
                    throw new IllegalArgumentException("no key-deadline wording for language " + l);
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                return p;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
