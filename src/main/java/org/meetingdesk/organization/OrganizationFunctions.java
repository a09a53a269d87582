package org.meetingdesk.organization;

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

/** Organization functions: map input to a service call and back, nothing else. */
// Stateless: one instance per Lambda instance. Without a scope Funqy would build it, with its
// interceptor metadata, on every call (seen in a profile of warm calls).
@Singleton
public class OrganizationFunctions {

    private final OrganizationService organizations;
    private final Access access;

    public OrganizationFunctions(OrganizationService organizations, Access access) {
        this.organizations = organizations;
        this.access = access;
    }

    @Funq
    @RolesAllowed(Roles.SECRETARIAT)
    public Organization publishOrganization(@NotNull @Valid OrganizationInput input) {
        return organizations.publish(input);
    }

    @Funq
    @PermitAll
    public List<OrganizationView> organizations(org.meetingdesk.web.NoInput none) {
        return organizations.list();
    }

    @Funq
    @RolesAllowed(Roles.FOCAL_POINT)
    public AutoApprovalSettings setAutoApproval(@NotNull @Valid AutoApprovalInput input) {
        return organizations.setAutoApproval(access.caller(), input.organization(), input.scope(), input.group(),
                input.meeting(), input.enabled());
    }

    public record AutoApprovalInput(@NotBlank @Size(max = 40) String organization, @NotNull AutoApprovalScope scope,
            @Size(max = 12) String group, @Size(max = 40) String meeting, boolean enabled) {
    }
}
