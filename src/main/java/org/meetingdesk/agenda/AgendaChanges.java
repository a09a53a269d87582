package org.meetingdesk.agenda;

import java.util.List;

/**
 * What changed from one agenda version to another, items matched by key (identity), never by number.
 * Numbers and parents are given as printed in the version they belong to ({@code old*} in
 * {@code from}, {@code new*} in {@code to}); a null parent means the top level. Positions count from 1
 * among the item's siblings. {@code changelog} renders the same changes in English, one line each.
 */
public record AgendaChanges(String meeting, int from, int to, String fromSource, String toSource,
        List<Added> added, List<Removed> removed, List<Retitled> retitled, List<Renumbered> renumbered,
        List<Moved> moved, List<NotesChanged> notesChanged, List<Documents> documentsAdded,
        List<Documents> documentsRemoved, List<Reallocated> reallocated, int count, String changelog) {

    public record Added(String key, String number, String title, String parentKey, String parent, List<String> documents) {
    }

    public record Removed(String key, String number, String title) {
    }

    /** A title changed in one language; {@code oldTitle} null means the language was added, {@code newTitle} null removed. */
    public record Retitled(String key, String number, String lang, String oldTitle, String newTitle) {
    }

    public record Renumbered(String key, String oldNumber, String newNumber, String title) {
    }

    /** Under another parent, or reordered among the siblings it kept. */
    public record Moved(String key, String number, String title, String oldParentKey, String oldParent,
            String newParentKey, String newParent, int oldPosition, int newPosition) {
    }

    public record NotesChanged(String key, String number, String oldNotes, String newNotes) {
    }

    /** Documents allocated to (or withdrawn from) an item present in both versions. */
    public record Documents(String key, String number, String title, List<String> documents) {
    }

    /** A document that left one item and went to another. */
    public record Reallocated(String document, String fromKey, String fromNumber, String toKey, String toNumber) {
    }
}
