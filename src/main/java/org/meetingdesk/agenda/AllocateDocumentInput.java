package org.meetingdesk.agenda;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.meetingdesk.meeting.MeetingInput;

/**
 * {@code allocateDocument}'s input.
 *
 * @param item     the item's key or its number as printed ("1.4 a)")
 * @param document a document number, e.g. SG2-C12, SG2-TD1139, SG2-LS5
 * @param source   the document that decided the allocation; default "allocation of &lt;document&gt;"
 */
public record AllocateDocumentInput(
        @NotBlank @Pattern(regexp = MeetingInput.ID, message = "must look like SG13-2020-12-07") String meeting,
        @NotBlank @Size(max = 40) String item,
        @NotBlank @Size(max = 40) String document,
        @Size(max = 200) String source,
        LocalDate sourceDate) {
}
