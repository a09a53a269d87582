package org.meetingdesk.letter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The draft agenda of Annex B, nested by number: "1.4" goes under "1" when the agenda has a "1",
 * lettered items ("a)") under the numbered item before them (or the one they name, "1.4 a)"),
 * and a lettered child's number carries its parent's ("1.4 a)").
 *
 * <p>Word's auto-numbered lists lose their numbers when pasted: the SG13 seed prints "1." seven
 * times. A number that does not advance on its predecessor in the same list is restored to the
 * next one (1, 2, … 7; a, b, …), and each list restored is reported once with the numbers it printed.
 */
final class AgendaStep implements ExtractionStep {

    private static final Pattern NUMBERED = Pattern.compile("^(?<n>\\d{1,2}(?:\\.\\d{1,2})*)\\.?(?=\\s)\\s*(?<t>\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile(
            "^(?:(?<p>\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s*)?\\(?(?<l>[a-z])\\)\\s*(?<t>\\S.*)$");
    private static final Pattern END = Pattern.compile("^_{3,}\\s*$");

    /** An item while the list is read; its number parts (or letter) may be restored. */
    private static final class Node {
        final List<Integer> parts;
        final Node parent;
        char letter;
        final String title;
        final List<Node> children = new ArrayList<>();

        Node(List<Integer> parts, char letter, Node parent, String title) {
            this.parts = parts;
            this.letter = letter;
            this.parent = parent;
            this.title = title;
        }

        String number() {
            if (letter != 0) {
                return parent.number() + " " + letter + ")";
            }
            return String.join(".", parts.stream().map(String::valueOf).toList());
        }

        DraftAgendaItem toItem() {
            return new DraftAgendaItem(number(), title, children.stream().map(Node::toItem).toList());
        }
    }

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        // What each restored list printed, keyed by the list (its parent, or "top").
        Map<Object, List<String>> restored = new LinkedHashMap<>();
        int start = letter.firstHeading("heading.agenda", letter.hasSalutation() ? 1 : 0);
        if (start < 0) {
            draft.warn("agenda", "", "no draft agenda (Annex B) found");
            return;
        }
        List<Node> top = new ArrayList<>();
        Node lastNumbered = null;
        List<String> lines = letter.lines();
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (END.matcher(line).matches() || (i > start + 1 && letter.isHeading("heading.annex", i))) {
                break;
            }
            Matcher let = LETTERED.matcher(line);
            Matcher num = NUMBERED.matcher(line);
            if (let.matches() && (Matches.group(let, "p") != null || lastNumbered != null)) {
                Node parent = Matches.group(let, "p") != null ? find(top, parts(let.group("p"))) : lastNumbered;
                if (parent == null) {
                    parent = lastNumbered;
                }
                if (parent == null) {
                    draft.warn("agenda", line, "a lettered item with no numbered item before it; not read");
                    continue;
                }
                Node node = new Node(List.of(), let.group("l").charAt(0), parent, let.group("t").strip());
                restoreLetter(parent.children, node, line, restored);
                parent.children.add(node);
            } else if (num.matches() && !letter.startsWithDate(line)) {
                List<Integer> parts = parts(num.group("n"));
                Node parent = parts.size() > 1 ? find(top, parts.subList(0, parts.size() - 1)) : null;
                List<Node> siblings = parent == null ? top : parent.children;
                Node node = new Node(new ArrayList<>(parts), (char) 0, parent, num.group("t").strip());
                restoreNumber(siblings, node, parent, line, restored);
                siblings.add(node);
                lastNumbered = node;
            } else if (!top.isEmpty()) {
                draft.warn("agenda", line, "an unnumbered line inside the agenda; not taken as an item");
            }
        }
        restored.values().forEach(printed -> draft.warn("agenda", String.join(" | ", printed),
                "the list lost its numbering: " + printed.size()
                        + " item(s) repeat the number before them; numbers restored in sequence"));
        top.forEach(n -> draft.agenda.add(n.toItem()));
        if (top.isEmpty()) {
            draft.warn("agenda", lines.get(start), "an agenda heading but no numbered items under it");
        }
    }

    private static void restoreNumber(List<Node> siblings, Node node, Node parent, String line,
            Map<Object, List<String>> restored) {
        if (siblings.isEmpty()) {
            return;
        }
        Node prev = siblings.get(siblings.size() - 1);
        int last = node.parts.size() - 1;
        if (prev.letter == 0 && prev.parts.size() == node.parts.size()
                && prev.parts.subList(0, last).equals(node.parts.subList(0, last))
                && node.parts.get(last) <= prev.parts.get(last)) {
            node.parts.set(last, prev.parts.get(last) + 1);
            restored.computeIfAbsent(parent == null ? "top" : parent, k -> new ArrayList<>()).add(line);
        }
    }

    private static void restoreLetter(List<Node> siblings, Node node, String line, Map<Object, List<String>> restored) {
        if (siblings.isEmpty()) {
            return;
        }
        Node prev = siblings.get(siblings.size() - 1);
        if (prev.letter != 0 && node.letter <= prev.letter && prev.letter < 'z') {
            node.letter = (char) (prev.letter + 1);
            restored.computeIfAbsent(node.parent, k -> new ArrayList<>()).add(line);
        }
    }

    private static List<Integer> parts(String number) {
        List<Integer> out = new ArrayList<>();
        for (String p : number.split("\\.")) {
            out.add(Integer.parseInt(p));
        }
        return out;
    }

    /** The numbered item with exactly these parts, at any depth; null when none. */
    private static Node find(List<Node> nodes, List<Integer> parts) {
        for (Node n : nodes) {
            if (n.letter == 0 && n.parts.equals(parts)) {
                return n;
            }
            Node deeper = find(n.children, parts);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }
}
