package org.meetingdesk.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.meetingdesk.deadline.DeadlineKind;
import org.meetingdesk.letter.DateReader.Mention;

/**
 * The key-deadlines block, and only it: dates elsewhere belong to other events. The block is a
 * table pasted as text: a date line followed by one or more "–" lines (several kinds on one date),
 * or a date and its text on one line. Each "–" line is split at commas and semicolons outside
 * parentheses, and each part is matched against the vocabulary's {@code deadline.<KIND>} phrases
 * with the parentheses removed ("注册（通过…在线注册表进行）" is registration). A part naming
 * translation is a translation deadline even though it also says "contributions"; a part
 * matching {@code deadline.OTHER} (captioning) is kept as OTHER; a part matching nothing is
 * OTHER with a warning.
 */
final class DeadlinesStep implements ExtractionStep {

    private static final Pattern DASH = Pattern.compile("^[-–—•·*]\\s*");
    private static final int MAX_LINES = 60;

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        int heading = letter.firstHeading("heading.deadlines", 0);
        if (heading < 0) {
            draft.warn("deadlines", "", "no key-deadlines section: every deadline comes from the A.1 rules");
            return;
        }
        draft.deadlineSection = true;
        List<String> lines = letter.lines();
        LocalDate current = null;
        int read = 0;
        String headingRest = lines.get(heading).strip().replaceFirst("^[^:：]*[:：]?", "").strip();
        List<String> block = new ArrayList<>();
        if (!headingRest.isEmpty()) {
            block.add(headingRest);
        }
        block.addAll(lines.subList(heading + 1, Math.min(lines.size(), heading + 1 + MAX_LINES)));
        for (String raw : block) {
            String line = raw.replace('|', '\t').strip();
            if (line.isEmpty()) {
                continue;
            }
            var dash = DASH.matcher(line);
            if (dash.find()) {
                if (current == null) {
                    draft.warn("deadlines", line, "a deadline line before any date; not read");
                } else {
                    read += add(letter, draft, current, line.substring(dash.end()));
                }
                continue;
            }
            Mention date = letter.dates().leading(line, draft.contextYear());
            if (date == null || date.isRange()) {
                if (read > 0 || current != null) {
                    break; // the block has ended: the next paragraph
                }
                continue; // a table head ("Date", "Deadline") before the first row
            }
            current = resolveYear(draft, date);
            String rest = DASH.matcher(line.substring(date.endAt()).replaceFirst("^[\\s:：,]+", "")).replaceFirst("");
            if (!rest.isBlank()) {
                read += add(letter, draft, current, rest);
            }
        }
        if (read == 0) {
            draft.warn("deadlines", lines.get(heading), "a key-deadlines heading but no deadline could be read under it");
        }
    }

    private static LocalDate resolveYear(DraftBuilder draft, Mention date) {
        if (!date.yearMissing()) {
            return date.from();
        }
        LocalDate d = date.from();
        if (draft.start != null && !d.isBefore(draft.start)) {
            d = d.minusYears(1);
        }
        draft.warn("deadlines", date.text(), "no year printed; took " + d.getYear() + ", the last before the meeting");
        return d;
    }

    private static int add(LetterText letter, DraftBuilder draft, LocalDate date, String text) {
        // Parts that name no kind are the tail of the part before them ("…, via the SG home page").
        List<String> texts = new ArrayList<>();
        List<Set<String>> kindsOf = new ArrayList<>();
        // A line naming one kind is one deadline whatever its commas ("contributions, for which translation…").
        Set<String> whole = kinds(letter, LetterText.withoutAsides(text));
        for (String part : whole.size() <= 1 ? List.of(text.strip()) : split(text)) {
            Set<String> kinds = kinds(letter, LetterText.withoutAsides(part));
            if (kinds.isEmpty() && !texts.isEmpty()) {
                texts.set(texts.size() - 1, texts.get(texts.size() - 1) + ", " + part);
            } else {
                texts.add(part);
                kindsOf.add(kinds);
            }
        }
        int added = 0;
        for (int i = 0; i < texts.size(); i++) {
            String part = texts.get(i);
            Set<String> kinds = kindsOf.get(i);
            if (kinds.isEmpty()) {
                draft.warn("deadlines", part, "a deadline of a kind the rules do not know; kept as OTHER");
                kinds = Set.of(DraftDeadline.OTHER);
            }
            for (String kind : kinds) {
                if (!kind.equals(DraftDeadline.OTHER) && draft.deadlines.stream().anyMatch(d -> d.kind().equals(kind))) {
                    draft.warn("deadlines", part, kind + " is stated twice; the first date is kept");
                    continue;
                }
                if (draft.start != null && !date.isBefore(draft.start)) {
                    draft.warn("deadlines", part, "the date " + date + " is not before the meeting starts; not taken");
                    continue;
                }
                draft.deadlines.add(new DraftBuilder.Stated(kind, date, part.strip()));
                added++;
            }
        }
        return added;
    }

    static Set<String> kinds(LetterText letter, String text) {
        if (Matches.any(letter.vocab().patterns("deadline.OTHER"), text)) {
            return Set.of(DraftDeadline.OTHER);
        }
        Set<DeadlineKind> found = EnumSet.noneOf(DeadlineKind.class);
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (Matches.any(letter.vocab().patterns("deadline." + kind), text)) {
                found.add(kind);
            }
        }
        if (found.contains(DeadlineKind.TRANSLATION)) {
            found.remove(DeadlineKind.CONTRIBUTION); // "contributions for which translation is requested"
        }
        Set<String> out = new LinkedHashSet<>();
        found.forEach(k -> out.add(k.name()));
        return out;
    }

    /** Splits at commas and semicolons outside parentheses. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == ';' || c == '；' || c == ',' || c == '，')) {
                parts.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        parts.add(sb.toString());
        return parts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
