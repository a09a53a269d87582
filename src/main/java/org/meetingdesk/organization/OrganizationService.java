package org.meetingdesk.organization;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.meetingdesk.meeting.MeetingInput;
import org.meetingdesk.meeting.MeetingService;
import org.meetingdesk.problem.DeskException;
import org.meetingdesk.security.Caller;

/** Organizations, their focal points and their automatic-approval settings. */
@ApplicationScoped
public class OrganizationService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final OrganizationRepository repository;
    private final MeetingService meetings;
    private final Clock clock;

    public OrganizationService(OrganizationRepository repository, MeetingService meetings, Clock clock) {
        this.repository = repository;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** Creates or replaces an organization (secretariat). */
    public Organization publish(OrganizationInput in) {
        if (!COUNTRIES.contains(in.country())) {
            throw DeskException.invalid("country", "is not an ISO 3166 alpha-2 country code");
        }
        long expected = repository.find(in.id()).map(Organization::revision).orElse(0L);
        List<String> focalPoints = in.focalPoints().stream().map(String::trim).distinct().toList();
        Organization org = new Organization(in.id(), in.name().trim(), in.category(), in.country(), focalPoints,
                in.autoApproval(), in.language() == null ? "en" : in.language(), clock.instant(), expected + 1);
        repository.save(org, expected);
        return org;
    }

    public List<OrganizationView> list() {
        return repository.list().stream().map(OrganizationView::of).toList();
    }

    public java.util.Optional<Organization> find(String id) {
        return repository.find(id);
    }

    /** The organization, when the caller is one of its focal points; 403 otherwise (also when unknown). */
    public Organization requireFocalPointOf(Caller caller, String organizationId) {
        return repository.find(organizationId).filter(o -> o.hasFocalPoint(caller))
                .orElseThrow(() -> DeskException.forbidden("you are not a focal point of organization " + organizationId));
    }

    /** The organization and its automatic-approval settings, in one read. */
    public java.util.Optional<OrganizationRepository.WithSettings> findWithSettings(String id) {
        return repository.findWithSettings(id);
    }

    public AutoApprovalSettings settings(Organization organization) {
        return repository.settings(organization);
    }

    /** A focal point switches automatic approval for their own organization. */
    public AutoApprovalSettings setAutoApproval(Caller caller, String organizationId, AutoApprovalScope scope,
            String group, String meeting, boolean enabled) {
        Organization org = requireFocalPointOf(caller, organizationId);
        switch (scope) {
            case ALL -> {
                if (org.autoApproval() != enabled) {
                    repository.save(org.withAutoApproval(enabled, clock.instant()), org.revision());
                }
                org = repository.find(organizationId).orElseThrow();
            }
            case GROUP -> {
                if (group == null || !group.matches(MeetingInput.GROUP)) {
                    throw DeskException.invalid("group", "must be SG<n>, TSAG or WP<n>/<sg> for scope GROUP");
                }
                repository.saveRule(org.id(), scope, group, enabled);
            }
            case MEETING -> {
                if (meeting == null || meeting.isBlank()) {
                    throw DeskException.invalid("meeting", "is required for scope MEETING");
                }
                meetings.require(meeting);
                repository.saveRule(org.id(), scope, meeting, enabled);
            }
        }
        return repository.settings(org);
    }
}
