package org.meetingdesk.letter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secretariat's contact block in the header: the value after each label ("电话：", "Tel:",
 * "Тел.:"), which Word's paste often puts on the next line or splits ("电子\n邮件："). E-mail and
 * web fall back to the first address of their shape in the header.
 */
final class ContactStep implements ExtractionStep {

    static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()./-]{5,}\\d");
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    static final Pattern WEB = Pattern.compile("(?:https?://|www\\.)[^\\s,;，；)）]+");
    private static final int REACH = 80;

    @Override
    public void extract(LetterText letter, DraftBuilder draft) {
        String header = letter.header();
        draft.tel = after(letter, header, "label.tel", PHONE);
        draft.fax = after(letter, header, "label.fax", PHONE);
        draft.email = after(letter, header, "label.email", EMAIL);
        if (draft.email == null) {
            draft.email = firstIn(header, EMAIL);
        }
        draft.web = after(letter, header, "label.web", WEB);
        if (draft.web == null) {
            draft.web = firstIn(header, WEB);
        }
        if (draft.web != null) {
            draft.web = draft.web.replaceAll("[.。]+$", "");
        }
        if (draft.tel == null) {
            draft.warn("contact.tel", "", "no telephone number found in the header");
        }
        if (draft.email == null) {
            draft.warn("contact.email", "", "no e-mail address found in the header");
        }
    }

    private static String after(LetterText letter, String header, String label, Pattern value) {
        List<Pattern> labels = letter.both(label);
        for (Pattern p : labels) {
            Matcher l = p.matcher(header);
            while (l.find()) {
                String window = header.substring(l.end(), Math.min(header.length(), l.end() + REACH));
                // Stop at the next label, so an absent fax never borrows the e-mail block's neighbour.
                window = window.split("(?=\\n\\s*\\S{1,12}[:：])", 2)[0];
                String found = firstIn(window, value);
                if (found != null) {
                    return found.strip();
                }
            }
        }
        return null;
    }

    private static String firstIn(String text, Pattern p) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group() : null;
    }
}
