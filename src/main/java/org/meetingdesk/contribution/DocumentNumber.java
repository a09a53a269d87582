package org.meetingdesk.contribution;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's number as ITU-T prints it: the group, the series and a serial, and for a revised
 * contribution the revision suffix — {@code SG2-C12}, {@code SG2-C12R1}, {@code SG2-TD1139}.
 *
 * @param prefix   the group as it appears in numbers ("SG2"; "WP1/5" is written "WP1-5")
 * @param revision 0 for the original, 1 for "R1", …
 */
public record DocumentNumber(String prefix, DocumentKind kind, long serial, int revision) {

    private static final Pattern FORMAT = Pattern.compile("([A-Za-z0-9-]+)-(C|TD)([1-9][0-9]{0,8})(?:R([1-9][0-9]{0,2}))?");

    public static String prefixOf(String group) {
        return group.replace('/', '-');
    }

    /** The number's text, or empty when it is not a document number. */
    public static Optional<DocumentNumber> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentNumber(m.group(1), DocumentKind.valueOf(m.group(2)), Long.parseLong(m.group(3)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4))));
    }

    /** The number without its revision suffix: what every revision of a contribution shares. */
    public String base() {
        return prefix + "-" + kind + serial;
    }

    public DocumentNumber withRevision(int newRevision) {
        return new DocumentNumber(prefix, kind, serial, newRevision);
    }

    @Override
    public String toString() {
        return revision == 0 ? base() : base() + "R" + revision;
    }
}
