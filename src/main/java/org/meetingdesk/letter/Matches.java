package org.meetingdesk.letter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers the steps share for vocabulary patterns whose optional groups may be absent. */
final class Matches {

    private Matches() {
    }

    /** A named group's text, or null when the group is absent from the pattern or did not take part. */
    static String group(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null || g.isBlank() ? null : g.strip();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first match of any pattern in the text, or null. */
    static Matcher first(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    static boolean any(List<Pattern> patterns, String text) {
        return first(patterns, text) != null;
    }
}
