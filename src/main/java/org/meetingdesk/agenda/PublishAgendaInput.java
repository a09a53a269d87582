package org.meetingdesk.agenda;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.meetingdesk.meeting.MeetingInput;

/**
 * {@code publishAgenda}'s input. Field names are a public contract: add, never rename. The items'
 * structure (numbering, titles, documents) is checked by {@link AgendaRules}, which reports each
 * problem at its JSON path.
 *
 * @param allowGaps true when the source itself skips numbers
 */
public record PublishAgendaInput(
        @NotBlank @Pattern(regexp = MeetingInput.ID, message = "must look like SG13-2020-12-07") String meeting,
        @NotBlank @Size(max = 200) String source,
        LocalDate sourceDate,
        Boolean allowGaps,
        @NotEmpty @Size(max = AgendaRules.MAX_ITEMS) List<@Valid ItemInput> items) {
}
