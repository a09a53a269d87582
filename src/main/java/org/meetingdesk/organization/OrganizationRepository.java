package org.meetingdesk.organization;

import java.util.List;
import java.util.Optional;

/** Storage port for organizations and their automatic-approval rules. */
public interface OrganizationRepository {

    /** Strongly consistent read. */
    Optional<Organization> find(String id);

    /**
     * Stores an organization.
     *
     * @param expectedRevision the revision the caller read: 0 when it must not exist yet
     * @throws org.meetingdesk.problem.DeskException CONFLICT when someone else changed it meanwhile
     */
    void save(Organization organization, long expectedRevision);

    /** Every organization, ordered by id (a key query on one index partition; never a scan). */
    List<Organization> list();

    /** Switches one GROUP or MEETING rule on or off; idempotent. */
    void saveRule(String organization, AutoApprovalScope scope, String target, boolean enabled);

    /** The GROUP and MEETING targets that are on, strongly consistent; {@code all} from the organization. */
    AutoApprovalSettings settings(Organization organization);

    /**
     * An organization with its automatic-approval settings, strongly consistent, in one read: what
     * {@code register} needs, where {@link #find} then {@link #settings} would be two round trips.
     */
    Optional<WithSettings> findWithSettings(String id);

    record WithSettings(Organization organization, AutoApprovalSettings settings) {
    }
}
