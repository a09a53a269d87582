package org.meetingdesk.registration;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import org.meetingdesk.organization.MembershipCategory;
import org.meetingdesk.organization.OrganizationInput;
import org.meetingdesk.organization.OrganizationService;

/**
 * Sample organizations for dev and tests: a Member State administration, a Sector Member and a
 * university with automatic approval. Loaded once; an existing organization is left as it is.
 */
@ApplicationScoped
public class RegistrationSamples {

    private static final Logger LOG = Logger.getLogger(RegistrationSamples.class);

    static final List<OrganizationInput> ORGANIZATIONS = List.of(
            new OrganizationInput("CH-OFCOM", "Federal Office of Communications (OFCOM), Switzerland",
                    MembershipCategory.MEMBER_STATE, "CH", List.of("fp-ch", "fp-ch@example.org"), false, "en"),
            new OrganizationInput("ACME-TEL", "ACME Telecom SA", MembershipCategory.SECTOR_MEMBER, "FR",
                    List.of("fp-acme", "fp-acme@example.org"), false, "en"),
            new OrganizationInput("UNIGE", "University of Geneva", MembershipCategory.ACADEMIA, "CH",
                    List.of("fp-unige", "fp-unige@example.org"), true, "en"));

    private final OrganizationService organizations;

    public RegistrationSamples(OrganizationService organizations) {
        this.organizations = organizations;
    }

    void onStart(@Observes @Priority(60) StartupEvent event,
            @ConfigProperty(name = "meetingdesk.samples", defaultValue = "false") boolean load) {
        if (!load) {
            return;
        }
        for (OrganizationInput org : ORGANIZATIONS) {
            if (organizations.find(org.id()).isEmpty()) {
                organizations.publish(org);
                LOG.infof("sample organization %s loaded", org.id());
            }
        }
    }
}
