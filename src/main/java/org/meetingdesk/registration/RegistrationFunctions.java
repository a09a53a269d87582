package org.meetingdesk.registration;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.quarkus.funqy.Funq;

import org.meetingdesk.security.Access;
import org.meetingdesk.security.Roles;

/** Registration functions: map input to a service call and back, nothing else. */
// Stateless: one instance per Lambda instance. Without a scope Funqy would build it, with its
// interceptor metadata, on every call (seen in a profile of warm calls).
@Singleton
public class RegistrationFunctions {

    private final RegistrationService registrations;
    private final RemoteAccessService remote;
    private final Access access;

    public RegistrationFunctions(RegistrationService registrations, RemoteAccessService remote, Access access) {
        this.registrations = registrations;
        this.remote = remote;
        this.access = access;
    }

    @Funq
    @RolesAllowed(Roles.DELEGATE)
    public RegistrationView register(@NotNull @Valid RegisterInput input) {
        return registrations.register(access.caller(), input);
    }

    @Funq
    @RolesAllowed(Roles.DELEGATE)
    public List<RegistrationView> myRegistrations(org.meetingdesk.web.NoInput none) {
        return registrations.mine(access.caller());
    }

    @Funq
    @RolesAllowed(Roles.DELEGATE)
    public RegistrationView withdrawRegistration(@NotNull @Valid RegistrationRef input) {
        return registrations.withdraw(access.caller(), input.getId());
    }

    @Funq
    @RolesAllowed(Roles.FOCAL_POINT)
    public List<RegistrationView> pendingRegistrations(@NotNull @Valid PendingQuery input) {
        return registrations.pending(access.caller(), input.getOrganization(), input.getMeeting());
    }

    @Funq
    @RolesAllowed(Roles.FOCAL_POINT)
    public RegistrationView decideRegistration(@NotNull @Valid Decision input) {
        return registrations.decide(access.caller(), input.id(), input.decision() == Decision.Verdict.APPROVE, input.reason());
    }

    @Funq
    @RolesAllowed(Roles.DELEGATE)
    public RemoteAccess remoteAccess(@NotNull @Valid org.meetingdesk.web.MeetingParam input) {
        return remote.grant(access.caller(), input.getMeeting());
    }

    /** Called by the remote tool: the token is the credential. */
    @Funq
    @PermitAll
    public RemoteAccess.Verified verifyRemoteAccess(@NotNull @Valid TokenInput input) {
        return remote.verify(input.token());
    }

    @Funq
    @RolesAllowed({ Roles.SECRETARIAT, Roles.FOCAL_POINT })
    public Participants participants(@NotNull @Valid ParticipantsQuery input) {
        return registrations.participants(access.caller(), input.getMeeting(), input.getOrganization());
    }

    @Funq
    @RolesAllowed(Roles.SECRETARIAT)
    public List<AuditEntry> auditTrail(@NotNull @Valid AuditQuery input) {
        return registrations.audit(input.getRegistration(), input.getMeeting());
    }

    public record Decision(@NotBlank @Size(max = 80) String id, @NotNull Verdict decision, @Size(max = 1000) String reason) {
        public enum Verdict {
            APPROVE, REJECT
        }
    }

    public record TokenInput(@NotBlank @Size(max = 4000) String token) {
    }

    /** JavaBeans from here on: these inputs also work with GET and a query string. */
    public static class RegistrationRef {
        @NotBlank
        @Size(max = 80)
        private String id;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }
    }

    public static class PendingQuery {
        @NotBlank
        @Size(max = 40)
        private String organization;
        @Size(max = 40)
        private String meeting;

        public String getOrganization() {
            return organization;
        }

        public void setOrganization(String organization) {
            this.organization = organization;
        }

        public String getMeeting() {
            return meeting;
        }

        public void setMeeting(String meeting) {
            this.meeting = meeting;
        }
    }

    public static class ParticipantsQuery {
        @NotBlank
        @Size(max = 40)
        private String meeting;
        @Size(max = 40)
        private String organization;

        public String getMeeting() {
            return meeting;
        }

        public void setMeeting(String meeting) {
            this.meeting = meeting;
        }

        public String getOrganization() {
            return organization;
        }

        public void setOrganization(String organization) {
            this.organization = organization;
        }
    }

    public static class AuditQuery {
        @Size(max = 80)
        private String registration;
        @Size(max = 40)
        private String meeting;

        public String getRegistration() {
            return registration;
        }

        public void setRegistration(String registration) {
            this.registration = registration;
        }

        public String getMeeting() {
            return meeting;
        }

        public void setMeeting(String meeting) {
            this.meeting = meeting;
        }
    }
}
