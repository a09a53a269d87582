package org.meetingdesk.organization;

/** What anyone may see of an organization: no focal points, they are personal data. */
public record OrganizationView(String id, String name, MembershipCategory category, String country) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.id(), o.name(), o.category(), o.country());
    }
}
