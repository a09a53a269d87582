package org.meetingdesk.organization;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.meetingdesk.security.Caller;
import org.meetingdesk.security.Roles;

/**
 * A member organization (an administration, a company, a university) whose delegates register.
 *
 * @param focalPoints  the people who approve its registrations (TSB Circular 68), each a token
 *                     subject or an e-mail address; e-mail entries are also notified of requests
 * @param autoApproval its focal points approve every request in advance (TSB Circular 118)
 * @param language     the language of the mails its focal points receive
 * @param revision     optimistic-lock counter, bumped by every change
 */
public record Organization(String id, String name, MembershipCategory category, String country,
        List<String> focalPoints, boolean autoApproval, String language, Instant updatedAt, long revision) {

    /**
     * A caller acts as focal point of this organization only when all three hold: the token says
     * focal-point, the token's organization is this one, and the person is listed here.
     */
    public boolean hasFocalPoint(Caller caller) {
        if (caller == null || caller.anonymous() || !caller.is(Roles.FOCAL_POINT) || !id.equals(caller.organization())) {
            return false;
        }
        return focalPoints.stream().anyMatch(fp -> fp.equals(caller.subject())
                || (caller.email() != null && fp.contains("@") && fp.equalsIgnoreCase(caller.email())));
    }

    /** The focal points that can be written to. */
    public List<String> focalPointEmails() {
        return focalPoints.stream().filter(fp -> fp.contains("@")).map(fp -> fp.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    public boolean memberState() {
        return category == MembershipCategory.MEMBER_STATE;
    }

    public Organization withAutoApproval(boolean enabled, Instant at) {
        return new Organization(id, name, category, country, focalPoints, enabled, language, at, revision + 1);
    }
}
