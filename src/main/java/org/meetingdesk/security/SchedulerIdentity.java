package org.meetingdesk.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import io.quarkus.amazon.lambda.http.DefaultLambdaAuthenticationRequest;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The EventBridge schedule's identity. The schedule invokes the sweep Lambda directly with a
 * constant API Gateway-shaped event whose {@code requestContext.authorizer.iam.userArn} names the
 * scheduler's role. API Gateway never produces an IAM authorizer context on our (JWT-protected)
 * routes, and only principals allowed {@code lambda:InvokeFunction} can hand the function such an
 * event, so the ARN, checked against configuration, identifies the scheduler. Anything else that
 * claims an IAM identity is refused.
 */
@ApplicationScoped
public class SchedulerIdentity implements IdentityProvider<DefaultLambdaAuthenticationRequest> {

    private final String schedulerArn;

    public SchedulerIdentity(@ConfigProperty(name = "meetingdesk.scheduler.principal-arn", defaultValue = "none") String schedulerArn) {
        this.schedulerArn = schedulerArn;
    }

    @Override
    public Class<DefaultLambdaAuthenticationRequest> getRequestType() {
        return DefaultLambdaAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(DefaultLambdaAuthenticationRequest request, AuthenticationRequestContext context) {
        APIGatewayV2HTTPEvent.RequestContext rc = request.getEvent().getRequestContext();
        var iam = rc == null || rc.getAuthorizer() == null ? null : rc.getAuthorizer().getIam();
        if (iam != null && iam.getUserArn() != null && iam.getUserArn().equals(schedulerArn)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("scheduler"))
                    .addRole(Roles.SCHEDULER).build());
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("unknown IAM principal"));
    }
}
