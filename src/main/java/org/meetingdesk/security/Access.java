package org.meetingdesk.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The one place that turns the verified security identity into a {@link Caller}. */
@ApplicationScoped
public class Access {

    private final SecurityIdentity identity;
    private final String organizationClaim;

    public Access(SecurityIdentity identity,
            @ConfigProperty(name = "meetingdesk.auth.organization-claim", defaultValue = "organization") String organizationClaim) {
        this.identity = identity;
        this.organizationClaim = organizationClaim;
    }

    public Caller caller() {
        return of(identity);
    }

    /** The caller behind an identity resolved outside a function (a plain Vert.x route). */
    public Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        Set<String> groups = Set.copyOf(identity.getRoles());
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return new Caller(jwt.getSubject(), jwt.getClaim("email"), jwt.getClaim("name"),
                    jwt.getClaim(organizationClaim), groups);
        }
        // Non-JWT identities (the scheduler's IAM-signed invocation on AWS) carry only a name.
        return new Caller(identity.getPrincipal().getName(), null, null, null, groups);
    }
}
