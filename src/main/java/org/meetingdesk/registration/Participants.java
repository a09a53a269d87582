package org.meetingdesk.registration;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.meetingdesk.organization.MembershipCategory;

/**
 * A meeting's participant list and its statistics. Gender appears only as counts.
 *
 * <p>{@code byStatus} counts every request; the other figures describe the delegation as it
 * stands: APPROVED registrations only.
 */
public record Participants(String meeting, String organization, List<Item> items, Stats stats) {

    public record Item(String id, String name, String organization, MembershipCategory category, String country,
            String role, RegistrationStatus status, boolean late, RegistrationOptions options) {
    }

    public record Stats(Map<String, Integer> byStatus, Map<String, Integer> byCategory, Map<String, Integer> byCountry,
            int approved, int declaredGender, int women, Double womenShare) {
    }

    public static Participants of(String meeting, String organization, List<Registration> registrations) {
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byCountry = new TreeMap<>();
        int approved = 0;
        int declared = 0;
        int women = 0;
        for (Registration r : registrations) {
            byStatus.merge(r.status().name(), 1, Integer::sum);
            if (r.status() != RegistrationStatus.APPROVED) {
                continue;
            }
            approved++;
            byCategory.merge(r.category().name(), 1, Integer::sum);
            byCountry.merge(r.country(), 1, Integer::sum);
            if (r.gender() != null && r.gender().declared()) {
                declared++;
                if (r.gender() == Gender.FEMALE) {
                    women++;
                }
            }
        }
        List<Item> items = registrations.stream().map(r -> new Item(r.id(), r.name(), r.organization(), r.category(),
                r.country(), r.role(), r.status(), r.late(), r.options())).toList();
        Double share = declared == 0 ? null : (double) women / declared;
        return new Participants(meeting, organization, items,
                new Stats(byStatus, byCategory, byCountry, approved, declared, women, share));
    }
}
