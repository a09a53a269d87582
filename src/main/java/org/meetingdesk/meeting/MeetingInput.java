package org.meetingdesk.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.meetingdesk.deadline.DeadlineKind;

/**
 * A meeting as {@code publishMeeting} takes it (DESIGN.md §4). Field names are a public contract:
 * add, never rename. Checks that span fields (end after start, deadlines before the meeting) are
 * made by {@link MeetingService} and reported the same way.
 *
 * @param id optional: the id of an existing meeting to replace (to move its dates); when absent the
 *           id is derived from group and start
 */
public record MeetingInput(
        @Pattern(regexp = MeetingInput.ID, message = "must look like SG13-2020-12-07") String id,
        @NotBlank @Pattern(regexp = MeetingInput.GROUP, message = "must be SG<n>, TSAG or WP<n>/<sg>") String group,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate start,
        @NotNull LocalDate end,
        LocalTime openingTime,
        LocalTime closingTime,
        @NotNull MeetingMode mode,
        @Size(max = 200) String place,
        @NotEmpty List<@NotNull @Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be one of ar, zh, en, fr, ru, es") String> languages,
        boolean interpretation,
        boolean fellowships,
        boolean visaSupport,
        @Size(max = 300) String chair,
        @Valid ContactInput contact,
        @Size(max = 4000) String purpose,
        @Valid LetterInput letter,
        @Size(max = 12) List<@NotNull @Valid DeadlineInput> deadlines,
        @Positive Integer capacity,
        boolean lateRegistration,
        @Size(max = 64) String zone) {

    public static final String GROUP = "SG\\d{1,2}|TSAG|WP\\d{1,2}/\\d{1,2}";
    public static final String ID = "(SG\\d{1,2}|TSAG|WP\\d{1,2}-\\d{1,2})-\\d{4}-\\d{2}-\\d{2}";

    public record ContactInput(@Size(max = 40) String tel, @Size(max = 40) String fax,
            @Email @Size(max = 200) String email, @Size(max = 200) String web) {
    }

    public record LetterInput(@NotBlank @Size(max = 200) String reference, @NotNull LocalDate date) {
    }

    public record DeadlineInput(@NotNull DeadlineKind kind, @NotNull LocalDate date) {
    }
}
