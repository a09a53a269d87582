package org.meetingdesk.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agenda item number as ITU-T agendas print them: dotted decimals ("1", "1.4", "2.11"), then
 * optionally a letter ("1.4 a)") and a roman numeral ("1.4 a) ii)"). A trailing dot ("1.") is the
 * same number as without it. Comparison and identity use the parsed segments, so "1.4a)" and
 * "1.4 a)" are the same number while the printed text is kept as the source has it.
 */
public record ItemNumber(String printed, List<Segment> segments) implements Comparable<ItemNumber> {

    public static final String FORMS = "1, 1.4, 1.4 a) or 1.4 a) i)";

    private static final String ROMAN = "xx|xix|xviii|xvii|xvi|xv|xiv|xiii|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i";
    private static final Pattern FORM = Pattern.compile(
            "(\\d{1,3}(?:\\.\\d{1,3})*)\\.?(?:\\s*\\(?([a-z])\\))?(?:\\s*\\(?(" + ROMAN + ")\\))?");
    private static final List<String> ROMANS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx");

    public enum Kind {
        NUMBER, LETTER, ROMAN
    }

    /** One level of a number; every kind counts from 1 (a = 1, i = 1). */
    public record Segment(Kind kind, int value) {
        String render() {
            return switch (kind) {
                case NUMBER -> Integer.toString(value);
                case LETTER -> (char) ('a' + value - 1) + ")";
                case ROMAN -> ROMANS.get(value - 1) + ")";
            };
        }
    }

    public ItemNumber {
        segments = List.copyOf(segments);
    }

    /** The parsed number, or empty when the text is not an item number. */
    public static Optional<ItemNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            segments.add(new Segment(Kind.NUMBER, Integer.parseInt(part)));
        }
        if (m.group(2) != null) {
            segments.add(new Segment(Kind.LETTER, m.group(2).charAt(0) - 'a' + 1));
        }
        if (m.group(3) != null) {
            segments.add(new Segment(Kind.ROMAN, ROMANS.indexOf(m.group(3)) + 1));
        }
        return Optional.of(new ItemNumber(text.trim(), segments));
    }

    /** The number in one normal spelling ("1.4 a)"), used to compare numbers. */
    public String canonical() {
        return render(segments);
    }

    public int depth() {
        return segments.size();
    }

    /** True when this number is one level below {@code parent} and starts with it ("1.4 a)" under "1.4"). */
    public boolean isChildOf(ItemNumber parent) {
        return depth() == parent.depth() + 1 && segments.subList(0, parent.depth()).equals(parent.segments);
    }

    /**
     * True when this number comes right after {@code previous} among siblings: the same shape, one
     * level counts up by one and every level after it starts again at 1 ("1.9" then "2.1").
     */
    public boolean follows(ItemNumber previous) {
        if (depth() != previous.depth()) {
            return false;
        }
        for (int k = 0; k < depth(); k++) {
            Segment a = previous.segments.get(k);
            Segment b = segments.get(k);
            if (a.kind() != b.kind()) {
                return false;
            }
            if (a.value() != b.value()) {
                if (b.value() != a.value() + 1) {
                    return false;
                }
                return segments.subList(k + 1, depth()).stream().allMatch(s -> s.value() == 1)
                        && sameKinds(previous);
            }
        }
        return false;
    }

    /** True when every level is at its start ("1", "1.1", "1.4 a)" under "1.4"): what a first item is numbered. */
    public boolean isFirstUnder(ItemNumber parent) {
        int from = parent == null ? 0 : parent.depth();
        return segments.subList(from, depth()).stream().allMatch(s -> s.value() == 1);
    }

    /** The number a first item of this shape would have under {@code parent}, for messages. */
    public String firstUnder(ItemNumber parent) {
        List<Segment> first = new ArrayList<>();
        for (int k = 0; k < depth(); k++) {
            Segment s = segments.get(k);
            first.add(parent != null && k < parent.depth() ? s : new Segment(s.kind(), 1));
        }
        return render(first);
    }

    /** How a first child of this number is written, for messages: "1.4.1" or "1.4 a)". */
    public String childExamples() {
        String base = canonical();
        return switch (segments.get(depth() - 1).kind()) {
            case NUMBER -> "\"" + base + ".1\" or \"" + base + " a)\"";
            case LETTER -> "\"" + base + " i)\"";
            case ROMAN -> "nothing: items numbered with a roman numeral have no sub-items";
        };
    }

    private boolean sameKinds(ItemNumber other) {
        for (int k = 0; k < depth(); k++) {
            if (segments.get(k).kind() != other.segments.get(k).kind()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(ItemNumber o) {
        for (int k = 0; k < Math.min(depth(), o.depth()); k++) {
            Segment a = segments.get(k);
            Segment b = o.segments.get(k);
            int c = a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : Integer.compare(a.value(), b.value());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(depth(), o.depth());
    }

    private static String render(List<Segment> segments) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (s.kind() == Kind.NUMBER) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
            } else {
                sb.append(' ');
            }
            sb.append(s.render());
        }
        return sb.toString();
    }
}
