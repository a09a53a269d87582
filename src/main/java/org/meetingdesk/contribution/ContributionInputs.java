package org.meetingdesk.contribution;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Inputs of the document functions. POST-only inputs are records; GET inputs are JavaBeans (Funqy binds setters). */
public final class ContributionInputs {

    /** Agenda item numbers as the agendas print them: "3", "1.4", "1.4a", "2.11". */
    static final String AGENDA_ITEM = "[0-9]{1,3}(\\.[0-9]{1,3}){0,3}[a-z]?";
    /** ITU-T Questions: "Q2/13". */
    static final String QUESTION = "Q[0-9]{1,2}/[0-9]{1,2}";
    /** A plain file name: no path, no control characters. */
    static final String FILE_NAME = "[^/\\\\\\p{Cntrl}]{1,200}";

    private ContributionInputs() {
    }

    public record ContactInput(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email) {
    }

    /** {@code POST /submitContribution}. {@code revises} names the contribution this one revises. */
    public record SubmitContribution(
            @NotBlank @Size(max = 40) String meeting,
            @NotBlank @Size(max = 500) String title,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> source,
            @Valid ContactInput contact,
            @NotNull Boolean forAction,
            Boolean translationRequested,
            @Size(max = 50) List<@NotNull @Pattern(regexp = AGENDA_ITEM, message = "must be an agenda item number such as 1.4 or 2.11") String> agendaItems,
            @Size(max = 20) List<@NotNull @Pattern(regexp = QUESTION, message = "must be a Question such as Q2/13") String> questions,
            // Its length is checked by the service: a violation here would be reported as "summary".
            @JsonProperty("abstract") String summary,
            @NotBlank @Pattern(regexp = FILE_NAME, message = "must be a file name without a path") String fileName,
            @NotBlank String content,
            @Size(max = 60) String revises) {
    }

    /** {@code POST /submitTd}. */
    public record SubmitTd(
            @NotBlank @Size(max = 40) String meeting,
            @NotBlank @Size(max = 500) String title,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> source,
            Boolean forAction,
            @Size(max = 50) List<@NotNull @Pattern(regexp = AGENDA_ITEM, message = "must be an agenda item number such as 1.4 or 2.11") String> agendaItems,
            @NotBlank @Pattern(regexp = FILE_NAME, message = "must be a file name without a path") String fileName,
            @NotBlank String content) {
    }

    /** {@code POST /acceptLateContribution}. */
    public record AcceptLate(@NotBlank @Size(max = 40) String meeting, @NotBlank @Size(max = 60) String number,
            @NotBlank @Size(max = 1000) String reason) {
    }

    /** {@code GET /document?meeting=…&number=SG2-C12R1}. */
    public static class DocumentRef {
        @NotBlank
        @Size(max = 40)
        private String meeting;
        @NotBlank
        @Size(max = 60)
        private String number;

        public String getMeeting() {
            return meeting;
        }

        public void setMeeting(String meeting) {
            this.meeting = meeting;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }
    }
}
