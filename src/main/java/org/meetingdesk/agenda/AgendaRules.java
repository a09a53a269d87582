package org.meetingdesk.agenda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.meetingdesk.problem.FieldError;

/**
 * Everything a draft agenda must satisfy to be published, as field errors at JSON paths
 * ({@code items[2].titles.en}): the numbering ({@link AgendaNumbering}), an English title on every
 * item, titles only in the six ITU languages, well-formed document numbers listed once per item,
 * distinct keys, and bounded size and nesting. Pure.
 */
public final class AgendaRules {

    public static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");
    /** Contributions (C), temporary documents (TD), liaison statements (LS) and reports (R) of a group. */
    public static final Pattern DOCUMENT = Pattern.compile("(SG\\d{1,2}|TSAG)-(C|TD|LS|R)\\d{1,5}(-R\\d{1,2})?");
    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    public static final int MAX_DEPTH = 6;
    public static final int MAX_ITEMS = 500;
    public static final int MAX_TITLE = 1000;
    public static final int MAX_NOTES = 4000;
    public static final int MAX_DOCUMENTS = 200;

    private AgendaRules() {
    }

    public static List<FieldError> check(List<AgendaItem> items, boolean allowGaps) {
        List<FieldError> errors = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            errors.add(new FieldError("items", "an agenda needs at least one item"));
            return errors;
        }
        int[] count = {0};
        walk(items, "items", 1, count, new HashMap<>(), errors);
        if (count[0] > MAX_ITEMS) {
            errors.add(new FieldError("items", "an agenda has at most " + MAX_ITEMS + " items, this one " + count[0]));
        }
        errors.addAll(AgendaNumbering.check(items, allowGaps));
        return errors;
    }

    /** Checks one document number; the message names the accepted forms. */
    public static boolean isDocument(String number) {
        return number != null && DOCUMENT.matcher(number).matches();
    }

    public static final String DOCUMENT_FORMS = "a document number like SG2-C12, SG2-TD1139, SG2-LS5 or SG2-R24";

    private static void walk(List<AgendaItem> items, String path, int depth, int[] count, Map<String, String> keys,
            List<FieldError> errors) {
        if (depth > MAX_DEPTH) {
            errors.add(new FieldError(path, "items nest at most " + MAX_DEPTH + " levels deep"));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            AgendaItem item = items.get(i);
            if (item == null) {
                errors.add(new FieldError(at, "must be an item, not null"));
                continue;
            }
            count[0]++;
            if (item.key() != null) {
                if (!KEY.matcher(item.key()).matches()) {
                    errors.add(new FieldError(at + ".key", "is not an item key (send back a key this service made, or none)"));
                } else {
                    String twin = keys.putIfAbsent(item.key(), at + ".key");
                    if (twin != null) {
                        errors.add(new FieldError(at + ".key", "is also the key of " + twin + "; an item appears once"));
                    }
                }
            }
            titles(item, at, errors);
            if (item.notes() != null && item.notes().length() > MAX_NOTES) {
                errors.add(new FieldError(at + ".notes", "is longer than " + MAX_NOTES + " characters"));
            }
            documents(item.documents(), at + ".documents", errors);
            walk(item.children(), at + ".children", depth + 1, count, keys, errors);
        }
    }

    private static void titles(AgendaItem item, String at, List<FieldError> errors) {
        String en = item.titles().get(AgendaItem.ENGLISH);
        if (en == null || en.isBlank()) {
            errors.add(new FieldError(at + ".titles.en", "is required: every item has an English title"));
        }
        for (Map.Entry<String, String> t : item.titles().entrySet()) {
            String field = at + ".titles." + t.getKey();
            if (!LANGUAGES.contains(t.getKey())) {
                errors.add(new FieldError(field, "is not one of the languages ar, zh, en, fr, ru, es"));
            } else if (t.getValue() == null || t.getValue().isBlank()) {
                if (!AgendaItem.ENGLISH.equals(t.getKey())) {
                    errors.add(new FieldError(field, "must not be blank; leave the language out instead"));
                }
            } else if (t.getValue().length() > MAX_TITLE) {
                errors.add(new FieldError(field, "is longer than " + MAX_TITLE + " characters"));
            }
        }
    }

    static void documents(List<String> documents, String path, List<FieldError> errors) {
        if (documents.size() > MAX_DOCUMENTS) {
            errors.add(new FieldError(path, "at most " + MAX_DOCUMENTS + " documents per item"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < documents.size(); j++) {
            String d = documents.get(j);
            if (!isDocument(d)) {
                errors.add(new FieldError(path + "[" + j + "]", "must be " + DOCUMENT_FORMS));
            } else if (!seen.add(d)) {
                errors.add(new FieldError(path + "[" + j + "]", d + " is listed twice"));
            }
        }
    }
}
