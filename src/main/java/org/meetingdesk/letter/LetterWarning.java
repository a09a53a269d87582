package org.meetingdesk.letter;

/**
 * Something the importer could not read, or read with a caveat.
 *
 * @param field   the draft field concerned ("closingTime", "deadlines", "agenda[3]")
 * @param text    what it saw in the letter (may be empty when it saw nothing)
 * @param message what it made of it, in plain words
 */
public record LetterWarning(String field, String text, String message) {
}
