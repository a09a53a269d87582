package org.meetingdesk.security;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.QuarkusHttpHeaders;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The EventBridge schedule's identity. The schedule invokes the sweep Lambda directly with a
 * constant API Gateway-shaped event whose {@code requestContext.authorizer.iam.userArn} names the
 * scheduler's role. API Gateway never produces an IAM authorizer context on our (JWT-protected)
 * routes, and only principals allowed {@code lambda:InvokeFunction} can hand the function such an
 * event, so that ARN, checked against configuration, identifies the scheduler; any other IAM
 * context is refused.
 *
 * <p>A mechanism of its own rather than {@code quarkus.lambda-http.enable-security}: that switch
 * would also turn API Gateway's JWT-authorizer claims into identities that are not a
 * {@code JsonWebToken}, and every other caller is verified by SmallRye JWT from the bearer token.
 * For any event without an IAM context this mechanism steps aside.
 */
@ApplicationScoped
@Priority(2000)
public class SchedulerIdentity implements HttpAuthenticationMechanism {

    private final String schedulerArn;

    public SchedulerIdentity(@ConfigProperty(name = "meetingdesk.scheduler.principal-arn", defaultValue = "none") String schedulerArn) {
        this.schedulerArn = schedulerArn;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        APIGatewayV2HTTPEvent event = event(context);
        var rc = event == null ? null : event.getRequestContext();
        var iam = rc == null || rc.getAuthorizer() == null ? null : rc.getAuthorizer().getIam();
        if (iam == null) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        if (iam.getUserArn() != null && iam.getUserArn().equals(schedulerArn)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("scheduler"))
                    .addRole(Roles.SCHEDULER).build());
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("unknown IAM principal"));
    }

    private static APIGatewayV2HTTPEvent event(RoutingContext context) {
        if (context.request().headers() instanceof QuarkusHttpHeaders headers
                && headers.getContextObjects().get(APIGatewayV2HTTPEvent.class) instanceof APIGatewayV2HTTPEvent e) {
            return e;
        }
        return null;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }
}
