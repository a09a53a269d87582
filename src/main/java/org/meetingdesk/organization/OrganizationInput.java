package org.meetingdesk.organization;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code publishOrganization}'s input (field names are a contract shared with the hosted page). */
public record OrganizationInput(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{2,40}", message = "must be 2-40 letters, digits or '-'") String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull MembershipCategory category,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as CH") String country,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> focalPoints,
        boolean autoApproval,
        @Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be one of ar, zh, en, fr, ru, es") String language) {
}
