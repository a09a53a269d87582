package org.meetingdesk.letter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a text prints, in the letter's language ({@code date.range} and
 * {@code date.single} patterns of the vocabulary): "9-18 April 2024", "27 May–5 June 2020",
 * "2020年9月7-8日", "7 декабря 2020 г.".
 *
 * <p>A part the text leaves out is taken from the other end of a range ("9-18 April 2024": the
 * start is in April 2024). A year printed nowhere is left for the caller to decide, flagged by
 * {@link Mention#yearMissing()}, because only the caller knows what the date must follow.
 */
public final class DateReader {

    /**
     * One date or date range in a text.
     *
     * @param at          offset of the mention in the text
     * @param yearMissing no year printed; {@code from}/{@code to} carry {@code fallbackYear}
     */
    public record Mention(int at, int endAt, String text, LocalDate from, LocalDate to, boolean yearMissing) {

        public boolean isRange() {
            return !from.equals(to);
        }

        /** The same mention moved to another year (for a date printed without one). */
        public Mention inYear(int year) {
            int shift = year - from.getYear();
            return new Mention(at, endAt, text, from.plusYears(shift), to.plusYears(shift), yearMissing);
        }
    }

    private final Vocabulary vocab;

    public DateReader(Vocabulary vocab) {
        this.vocab = vocab;
    }

    /** Every date in the text, in order; ranges win over the single dates inside them. */
    public List<Mention> find(String text, int fallbackYear) {
        List<Mention> out = new ArrayList<>();
        for (Pattern p : vocab.patterns("date.range")) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Mention r = range(m, fallbackYear);
                if (r != null && out.stream().noneMatch(o -> overlaps(o, r))) {
                    out.add(r);
                }
            }
        }
        for (Pattern p : vocab.patterns("date.single")) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Mention s = single(m, fallbackYear);
                if (s != null && out.stream().noneMatch(o -> overlaps(o, s))) {
                    out.add(s);
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::at));
        return out;
    }

    /** The date the text starts with (after blanks and table bars), or null. */
    public Mention leading(String text, int fallbackYear) {
        String stripped = text.stripLeading();
        int offset = text.length() - stripped.length();
        return find(stripped, fallbackYear).stream().filter(m -> m.at() == 0).findFirst()
                .map(m -> new Mention(m.at() + offset, m.endAt() + offset, m.text(), m.from(), m.to(), m.yearMissing()))
                .orElse(null);
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.at() < b.endAt() && b.at() < a.endAt();
    }

    private Mention single(Matcher m, int fallbackYear) {
        String monthText = Matches.group(m, "m");
        if (monthText == null) {
            return null;
        }
        int month = vocab.month(monthText);
        String y = Matches.group(m, "y");
        LocalDate d = date(y == null ? fallbackYear : Integer.parseInt(y), month, m.group("d"));
        return d == null ? null : new Mention(m.start(), m.end(), m.group().trim(), d, d, y == null);
    }

    private Mention range(Matcher m, int fallbackYear) {
        // English prints the month after the range ("9-18 April"), Chinese before it ("9月7-8日").
        String m1Text = Matches.group(m, "m1");
        String m2Text = Matches.group(m, "m2");
        if (m1Text == null && m2Text == null) {
            return null;
        }
        int m2 = vocab.month(m2Text != null ? m2Text : m1Text);
        int m1 = vocab.month(m1Text != null ? m1Text : m2Text);
        String y2Text = Matches.group(m, "y2");
        String y1Text = Matches.group(m, "y1");
        boolean yearMissing = y1Text == null && y2Text == null;
        int y2 = y2Text != null ? Integer.parseInt(y2Text) : y1Text != null ? Integer.parseInt(y1Text) : fallbackYear;
        int y1 = y1Text != null ? Integer.parseInt(y1Text) : y2;
        LocalDate to = date(y2, m2, m.group("d2"));
        LocalDate from = date(y1, m1, m.group("d1"));
        if (from == null || to == null) {
            return null;
        }
        if (from.isAfter(to) && y1Text == null) {
            from = from.minusYears(1); // "28 December - 3 January 2025" starts the year before
        }
        if (from.isAfter(to) || from.plusDays(62).isBefore(to)) {
            return null; // not a meeting's range: two unrelated numbers around a dash
        }
        return new Mention(m.start(), m.end(), m.group().trim(), from, to, yearMissing);
    }

    private static LocalDate date(int year, int month, String day) {
        if (month == 0 || day == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
