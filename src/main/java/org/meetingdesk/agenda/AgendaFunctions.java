package org.meetingdesk.agenda;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.quarkus.funqy.Funq;

import org.meetingdesk.meeting.MeetingInput;
import org.meetingdesk.security.Access;
import org.meetingdesk.security.Roles;

/** Agenda functions: map input to a service call and back, nothing else. */
// Stateless: one instance per Lambda instance. Without a scope Funqy would build it, with its
// interceptor metadata, on every call (seen in a profile of warm calls).
@Singleton
public class AgendaFunctions {

    public static final String LANG = "ar|zh|en|fr|ru|es";

    private final AgendaService agendas;
    private final Access access;

    public AgendaFunctions(AgendaService agendas, Access access) {
        this.agendas = agendas;
        this.access = access;
    }

    @Funq
    @RolesAllowed(Roles.SECRETARIAT)
    public AgendaVersion publishAgenda(@NotNull @Valid PublishAgendaInput input) {
        return agendas.publish(input, access.caller());
    }

    @Funq
    @RolesAllowed(Roles.SECRETARIAT)
    public AgendaVersion allocateDocument(@NotNull @Valid AllocateDocumentInput input) {
        return agendas.allocate(input.meeting(), input.item(), input.document(), input.source(), input.sourceDate(),
                access.caller());
    }

    /** {@code POST /agenda}; a well-formed {@code GET} is answered by {@link AgendaHttp} (ETag, 304) from the same service. */
    @Funq
    @PermitAll
    public AgendaView agenda(@NotNull @Valid AgendaQuery q) {
        return agendas.view(q.getMeeting(), q.getVersion(), q.getLang());
    }

    @Funq
    @PermitAll
    public AgendaChanges agendaChanges(@NotNull @Valid ChangesQuery q) {
        return agendas.changes(q.getMeeting(), q.getFrom(), q.getTo());
    }

    /** JavaBeans, because Funqy binds query strings through setters. */
    public static class AgendaQuery {
        @NotBlank
        @Pattern(regexp = MeetingInput.ID, message = "must look like SG13-2020-12-07")
        private String meeting;
        @Min(1)
        @Max(999999)
        private Integer version;
        @Pattern(regexp = LANG, message = "must be one of ar, zh, en, fr, ru, es")
        private String lang;

        public String getMeeting() {
            return meeting;
        }

        public void setMeeting(String meeting) {
            this.meeting = meeting;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        public String getLang() {
            return lang;
        }

        public void setLang(String lang) {
            this.lang = lang;
        }
    }

    public static class ChangesQuery {
        @NotBlank
        @Pattern(regexp = MeetingInput.ID, message = "must look like SG13-2020-12-07")
        private String meeting;
        @NotNull
        @Min(1)
        @Max(999999)
        private Integer from;
        @NotNull
        @Min(1)
        @Max(999999)
        private Integer to;

        public String getMeeting() {
            return meeting;
        }

        public void setMeeting(String meeting) {
            this.meeting = meeting;
        }

        public Integer getFrom() {
            return from;
        }

        public void setFrom(Integer from) {
            this.from = from;
        }

        public Integer getTo() {
            return to;
        }

        public void setTo(Integer to) {
            this.to = to;
        }
    }
}
