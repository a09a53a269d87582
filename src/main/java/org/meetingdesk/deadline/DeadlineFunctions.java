package org.meetingdesk.deadline;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quarkus.funqy.Funq;

/** Public deadline functions. */
// Stateless: one instance per Lambda instance. Without a scope Funqy would build it, with its
// interceptor metadata, on every call (seen in a profile of warm calls).
@Singleton
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

    @Funq
    @PermitAll
    public KeyDeadlines.Block keyDeadlines(@NotNull @Valid KeyDeadlinesQuery q) {
        boolean venue = q.getMode() != null && !"VIRTUAL".equals(q.getMode());
        Offers offers = new Offers(Boolean.TRUE.equals(q.getFellowships()), Boolean.TRUE.equals(q.getInterpretation()),
                venue && Boolean.TRUE.equals(q.getVisaSupport()));
        return deadlines.keyDeadlines(q.getMeeting(), q.getGroup(), q.getStart(), q.getLang(), offers);
    }

    /** Either a published {@code meeting}, or {@code group} + {@code start} and what the meeting offers. */
    public static class KeyDeadlinesQuery {
        @Size(max = 40)
        private String meeting;
        @jakarta.validation.constraints.Pattern(regexp = org.meetingdesk.meeting.MeetingInput.GROUP, message = "must be SG<n>, TSAG or WP<n>/<sg>")
        private String group;
        @Size(max = 10)
        private String start;
        @jakarta.validation.constraints.Pattern(regexp = "en|zh", message = "must be en or zh")
        private String lang;
        @jakarta.validation.constraints.Pattern(regexp = "VIRTUAL|ON_SITE|HYBRID", message = "must be VIRTUAL, ON_SITE or HYBRID")
        private String mode;
        private Boolean fellowships;
        private Boolean interpretation;
        private Boolean visaSupport;

        public String getMeeting() { return meeting; }
        public void setMeeting(String meeting) { this.meeting = meeting; }
        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getLang() { return lang; }
        public void setLang(String lang) { this.lang = lang; }
        public String getMode() { return mode; }
        public void setMode(String mode) { this.mode = mode; }
        public Boolean getFellowships() { return fellowships; }
        public void setFellowships(Boolean fellowships) { this.fellowships = fellowships; }
        public Boolean getInterpretation() { return interpretation; }
        public void setInterpretation(Boolean interpretation) { this.interpretation = interpretation; }
        public Boolean getVisaSupport() { return visaSupport; }
        public void setVisaSupport(Boolean visaSupport) { this.visaSupport = visaSupport; }
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
