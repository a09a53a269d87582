package org.meetingdesk.agenda;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * One item as {@code publishAgenda} takes it.
 *
 * @param key optional: the key of an item of the latest version, to say "this is that item"
 */
public record ItemInput(@Size(max = 40) String key, @Size(max = 40) String number,
        @Size(max = 6) Map<String, String> titles, String notes,
        @Size(max = AgendaRules.MAX_DOCUMENTS) List<String> documents,
        @Size(max = AgendaRules.MAX_ITEMS) List<@Valid ItemInput> children) {

    AgendaItem toItem() {
        return new AgendaItem(blankToNull(key), number == null ? null : number.trim(), titles,
                notes == null || notes.isBlank() ? null : notes.trim(),
                documents == null ? null : documents.stream().map(d -> d == null ? null : d.trim()).toList(),
                children == null ? null : children.stream().map(c -> c == null ? null : c.toItem()).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
