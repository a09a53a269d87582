package org.meetingdesk.letter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The group that meets: a working party ("WP1/5", "第1/5工作组") before its study group, TSAG, or a
 * study group, read from the subject, else the first paragraph without its asides (which name
 * other groups' meetings), else the number the reference carries ("12/13" is study group 13's letter).
 */
final class GroupStep implements ExtractionStep {

    private static final Pattern SG_OF_REFERENCE = Pattern.compile("/(\\d{1,2}|TSAG)$");

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        String[] places = { letter.subject(), LetterText.withoutAsides(letter.firstParagraph()) };
        for (String text : places) {
            String group = read(letter, text);
            if (group != null) {
                draft.group = group;
                checkAgainstReference(draft);
                return;
            }
        }
        if (draft.reference != null) {
            Matcher m = SG_OF_REFERENCE.matcher(draft.reference);
            if (m.find()) {
                draft.group = m.group(1).equals("TSAG") ? "TSAG" : "SG" + Integer.parseInt(m.group(1));
                draft.warn("group", letter.subject(), "no group named in the subject or first paragraph; read "
                        + draft.group + " from the letter reference " + draft.reference);
                return;
            }
        }
        draft.warn("group", letter.subject(), "no study group, working party or TSAG named in the subject or first paragraph");
    }

    static String read(LetterText letter, String text) {
        Matcher wp = Matches.first(letter.both("group.wp"), text);
        if (wp != null) {
            return "WP" + Integer.parseInt(wp.group("wp")) + "/" + Integer.parseInt(wp.group("sg"));
        }
        if (Matches.any(letter.both("group.tsag"), text)) {
            return "TSAG";
        }
        Matcher sg = Matches.first(letter.both("group.sg"), text);
        if (sg != null) {
            return "SG" + Integer.parseInt(sg.group("sg"));
        }
        return null;
    }

    private static void checkAgainstReference(DraftBuilder draft) {
        if (draft.reference == null) {
            return;
        }
        Matcher m = SG_OF_REFERENCE.matcher(draft.reference);
        if (!m.find()) {
            return;
        }
        String owner = m.group(1);
        boolean consistent = owner.equals("TSAG") ? draft.group.equals("TSAG")
                : draft.group.equals("SG" + Integer.parseInt(owner)) || draft.group.endsWith("/" + Integer.parseInt(owner));
        if (!consistent) {
            draft.warn("group", draft.reference, "the subject names " + draft.group + " but the reference belongs to another group");
        }
    }
}
