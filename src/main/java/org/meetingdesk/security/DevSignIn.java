package org.meetingdesk.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.meetingdesk.problem.DeskException;
import org.meetingdesk.problem.FieldError;

/**
 * {@code POST /devSignIn}: issues a token for any identity, in dev and test only.
 *
 * <p>A plain Vert.x route rather than a {@code @Funq} method, because Funqy registers every
 * function it finds at build time whatever the profile; a route registered by a dev-only bean
 * simply does not exist in a prod build.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = { "dev", "test" })
public class DevSignIn {

    private static final Set<String> GROUPS = Set.of(Roles.DELEGATE, Roles.FOCAL_POINT, Roles.MEMBER,
            Roles.SECRETARIAT, Roles.SCHEDULER);
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@+-]{1,128}");

    private final DevKeys keys;
    private final ObjectMapper json;

    public DevSignIn(DevKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    void route(@Observes Router router) {
        router.post("/devSignIn").handler(BodyHandler.create().setBodyLimit(16 * 1024)).blockingHandler(this::signIn);
    }

    private void signIn(RoutingContext ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.body().asString());
        } catch (Exception e) {
            ctx.fail(DeskException.invalid("body", "is not JSON"));
            return;
        }
        if (body == null || !body.isObject()) {
            ctx.fail(DeskException.invalid("body", "must be a JSON object"));
            return;
        }
        String subject = body.path("subject").asText("");
        List<String> groups = body.path("groups").isArray()
                ? json.convertValue(body.path("groups"), json.getTypeFactory().constructCollectionType(List.class, String.class))
                : List.of();
        List<FieldError> errors = new java.util.ArrayList<>();
        if (!SUBJECT.matcher(subject).matches()) {
            errors.add(new FieldError("subject", "must be 1-128 letters, digits or ._@+-"));
        }
        for (int i = 0; i < groups.size(); i++) {
            if (!GROUPS.contains(groups.get(i))) {
                errors.add(new FieldError("groups[" + i + "]", "must be one of " + GROUPS));
            }
        }
        if (!errors.isEmpty()) {
            ctx.fail(DeskException.invalid(errors));
            return;
        }
        var claims = Jwt.issuer(DevKeys.ISSUER).subject(subject).groups(Set.copyOf(groups))
                .expiresIn(Duration.ofHours(12));
        textClaim(body, "email", claims);
        textClaim(body, "name", claims);
        textClaim(body, "organization", claims);
        String token = claims.jws().sign(keys.keyPair().getPrivate());
        ctx.response().putHeader("content-type", "application/json").end(json.valueToTree(Map.of("token", token)).toString());
    }

    private static void textClaim(JsonNode body, String name, io.smallrye.jwt.build.JwtClaimsBuilder claims) {
        if (body.hasNonNull(name)) {
            claims.claim(name, body.get(name).asText());
        }
    }
}
