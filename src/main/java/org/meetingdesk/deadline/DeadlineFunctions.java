package org.meetingdesk.deadline;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quarkus.funqy.Funq;

/** Public deadline functions. */
public class DeadlineFunctions {

    private final DeadlineService deadlines;

    public DeadlineFunctions(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Funq
    @PermitAll
    public List<DeadlineView> deadlines(@NotNull @Valid DeadlinesQuery q) {
        return deadlines.deadlines(q.getMeeting(), q.getAt(), q.getZone());
    }

    @Funq
    @PermitAll
    public DeadlineCheck checkDeadline(@NotNull @Valid CheckQuery q) {
        return deadlines.check(q.getMeeting(), DeadlineKind.valueOf(q.getKind()), q.getAt());
    }

    public static class DeadlinesQuery {
        @NotBlank
        @Size(max = 40)
        private String meeting;
        @Size(max = 40)
        private String at;
        @Size(max = 64)
        private String zone;

        public String getMeeting() {
            return meeting;
        }

        public void setMeeting(String meeting) {
            this.meeting = meeting;
        }

        public String getAt() {
            return at;
        }

        public void setAt(String at) {
            this.at = at;
        }

        public String getZone() {
            return zone;
        }

        public void setZone(String zone) {
            this.zone = zone;
        }
    }

    public static class CheckQuery {
        @NotBlank
        @Size(max = 40)
        private String meeting;
        @NotNull
        @Pattern(regexp = "TRANSLATION|FELLOWSHIP|INTERPRETATION|REGISTRATION|VISA|CONTRIBUTION",
                message = "must be one of TRANSLATION, FELLOWSHIP, INTERPRETATION, REGISTRATION, VISA, CONTRIBUTION")
        private String kind;
        @Size(max = 40)
        private String at;

        public String getMeeting() {
            return meeting;
        }

        public void setMeeting(String meeting) {
            this.meeting = meeting;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getAt() {
            return at;
        }

        public void setAt(String at) {
            this.at = at;
        }
    }
}
