package org.meetingdesk.contribution;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.funqy.Funq;

import org.meetingdesk.contribution.ContributionInputs.AcceptLate;
import org.meetingdesk.contribution.ContributionInputs.DocumentRef;
import org.meetingdesk.web.MeetingParam;
import org.meetingdesk.contribution.ContributionInputs.SubmitContribution;
import org.meetingdesk.contribution.ContributionInputs.SubmitTd;
import org.meetingdesk.security.Access;
import org.meetingdesk.security.Roles;

/** Contribution and TD functions: map input to a service call and back, nothing else. */
// Stateless: one instance per Lambda instance. Without a scope Funqy would build it, with its
// interceptor metadata, on every call (seen in a profile of warm calls).
@Singleton
public class ContributionFunctions {

    private final ContributionService contributions;
    private final Access access;

    public ContributionFunctions(ContributionService contributions, Access access) {
        this.contributions = contributions;
        this.access = access;
    }

    @Funq
    @RolesAllowed(Roles.MEMBER)
    public DocumentView submitContribution(@NotNull @Valid SubmitContribution input) {
        return contributions.submitContribution(access.caller(), input);
    }

    @Funq
    @RolesAllowed(Roles.SECRETARIAT)
    public DocumentView submitTd(@NotNull @Valid SubmitTd input) {
        return contributions.submitTd(access.caller(), input);
    }

    @Funq
    @RolesAllowed(Roles.SECRETARIAT)
    public DocumentView acceptLateContribution(@NotNull @Valid AcceptLate input) {
        return contributions.acceptLate(access.caller(), input);
    }

    @Funq
    @RolesAllowed({ Roles.MEMBER, Roles.SECRETARIAT })
    public List<DocumentView> documents(@NotNull @Valid MeetingParam input) {
        return contributions.documents(access.caller(), input.getMeeting());
    }

    @Funq
    @RolesAllowed({ Roles.MEMBER, Roles.SECRETARIAT })
    public DocumentView document(@NotNull @Valid DocumentRef input) {
        return contributions.document(access.caller(), input.getMeeting(), input.getNumber());
    }

    @Funq
    @RolesAllowed({ Roles.MEMBER, Roles.SECRETARIAT })
    public AllocationTable allocationTable(@NotNull @Valid MeetingParam input) {
        return contributions.allocationTable(input.getMeeting());
    }
}
