package org.meetingdesk.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words of one language, from {@code letter/vocab-<lang>.properties} (UTF-8).
 *
 * <p>This is what makes a new language a file rather than code: month names, headings, labels,
 * deadline phrases and the patterns that read dates, times, the group and the chair. A key may
 * have variants {@code key.2} … {@code key.9} (Java patterns cannot repeat a group name inside one
 * alternation). In a pattern, {@code {month}} stands for any month name of the language.
 * Names ({@code country.瑞士=Switzerland}) translate what the letter prints into the English the
 * system stores.
 */
public final class Vocabulary {

    private static final Map<String, Optional<Vocabulary>> CACHE = new ConcurrentHashMap<>();
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final String language;
    private final Properties props;
    private final Map<String, List<Pattern>> compiled = new ConcurrentHashMap<>();

    private Vocabulary(String language, Properties props) {
        this.language = language;
        this.props = props;
    }

    /** The vocabulary of a language, if a file exists for it. Loaded once. */
    public static Optional<Vocabulary> of(String language) {
        return CACHE.computeIfAbsent(language, Vocabulary::load);
    }

    private static Optional<Vocabulary> load(String language) {
        String path = "letter/vocab-" + language + ".properties";
        ClassLoader cl = Vocabulary.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(new Vocabulary(language, p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public String language() {
        return language;
    }

    /** The raw value, or null. */
    public String text(String key) {
        String v = props.getProperty(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The pattern and its variants ({@code key}, {@code key.2} … {@code key.9}); empty when absent. */
    public List<Pattern> patterns(String key) {
        return compiled.computeIfAbsent(key, k -> {
            List<Pattern> out = new ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                String v = text(i == 1 ? k : k + "." + i);
                if (v != null) {
                    out.add(Pattern.compile(v.replace("{month}", monthAlternation()), FLAGS));
                }
            }
            return List.copyOf(out);
        });
    }

    /** The month (1–12) a printed month name or number stands for, or 0. */
    public int month(String printed) {
        String p = printed.trim().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (p.matches("\\d{1,2}")) {
            int m = Integer.parseInt(p);
            return m >= 1 && m <= 12 ? m : 0;
        }
        for (int m = 1; m <= 12; m++) {
            for (String name : names("month." + m)) {
                if (name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").equals(p)) {
                    return m;
                }
            }
        }
        return 0;
    }

    /** Translates a printed name through {@code <kind>.<printed>=English}; null when unknown. */
    public String name(String kind, String printed) {
        String key = kind + "." + printed.trim();
        String direct = text(key);
        if (direct != null) {
            return direct;
        }
        for (String k : props.stringPropertyNames()) {
            if (k.startsWith(kind + ".") && k.substring(kind.length() + 1).equalsIgnoreCase(printed.trim())) {
                return text(k);
            }
        }
        return null;
    }

    private List<String> names(String key) {
        String v = text(key);
        return v == null ? List.of() : List.of(v.split("\\|"));
    }

    private String monthAlternation() {
        List<String> all = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            names("month." + m).stream().filter(n -> !n.matches("\\d+")).forEach(all::add);
        }
        // Longest first, so "January" wins over "Jan".
        all.sort(Comparator.comparingInt(String::length).reversed());
        return all.isEmpty() ? "(?!)" : "(?:" + String.join("|", all.stream().map(Pattern::quote).toList()) + ")(?!\\p{L})";
    }
}
