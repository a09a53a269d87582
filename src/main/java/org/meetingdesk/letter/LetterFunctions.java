package org.meetingdesk.letter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quarkus.funqy.Funq;

import org.meetingdesk.security.Roles;

/** Letter import: maps the input to a service call, nothing else. */
// Stateless: one instance per Lambda instance. Without a scope Funqy would build it, with its
// interceptor metadata, on every call (seen in a profile of warm calls).
@Singleton
public class LetterFunctions {

    private final LetterService letters;

    public LetterFunctions(LetterService letters) {
        this.letters = letters;
    }

    @Funq
    @RolesAllowed(Roles.SECRETARIAT)
    public LetterImport importLetter(@NotNull @Valid ImportLetterInput input) {
        return letters.importLetter(input.text(), input.language(), Boolean.TRUE.equals(input.publish()));
    }

    /**
     * {@code POST /importLetter}.
     *
     * @param text     the letter as pasted from the document (plain text, at most 200 KB)
     * @param language the letter's language; detected from its script when absent
     * @param publish  publish the meeting (and agenda version 1) instead of only returning the draft
     */
    public record ImportLetterInput(
            @NotBlank @Size(max = LetterService.MAX_BYTES) String text,
            @Pattern(regexp = "en|zh|ru|fr|es|ar", message = "must be one of en, zh, ru, fr, es, ar") String language,
            Boolean publish) {
    }
}
