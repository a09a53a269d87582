package org.meetingdesk.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code register}'s input. There is no status, subject or e-mail here: those come from the
 * token and the rules, and a body that sends them is refused as an unknown field (400).
 */
public record RegisterInput(
        @NotBlank @Size(max = 40) String meeting,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String organization,
        @Size(max = 100) String role,
        Gender gender,
        @Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be one of ar, zh, en, fr, ru, es") String language,
        RegistrationOptions options) {
}
