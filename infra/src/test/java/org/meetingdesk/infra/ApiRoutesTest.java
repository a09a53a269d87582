package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** Every catalogue function is routed, to its group's function, with the right authorizer. */
class ApiRoutesTest {

    private final Synth.Result synth = Synth.nativeStack();

    private Map<String, Map<String, Object>> routesByKey() {
        Map<String, Map<String, Object>> out = new HashMap<>();
        Cfn.resources(synth.template(), "AWS::ApiGatewayV2::Route").values().forEach(route -> {
            Map<String, Object> props = Cfn.props(route);
            Object previous = out.put((String) props.get("RouteKey"), props);
            assertNull(previous, "duplicate route " + props.get("RouteKey"));
        });
        return out;
    }

    /** Integration logical id -> the alias logical id it invokes. */
    private Map<String, String> integrationTargets() {
        return Cfn.resources(synth.template(), "AWS::ApiGatewayV2::Integration").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> Cfn.refId(Cfn.props(e.getValue()).get("IntegrationUri"))));
    }

    @Test
    void everyFunctionHasGetAndPostRoutesToItsGroupWithTheRightAuthorizer() {
        Map<String, Map<String, Object>> routes = routesByKey();
        Map<String, String> targets = integrationTargets();
        String authorizer = Cfn.resources(synth.template(), "AWS::ApiGatewayV2::Authorizer").keySet().iterator().next();
        for (Functions f : Functions.values()) {
            for (String method : List.of("GET", "POST")) {
                Map<String, Object> route = routes.get(method + " " + f.path());
                assertNotNull(route, "no route " + method + " " + f.path());
                String integration = Cfn.text(route.get("Target")).replace("integrations/<ref:", "").replace(">", "");
                assertEquals(Cfn.logicalId(synth.stack(), synth.stack().aliases().get(f.group())), targets.get(integration),
                        method + " " + f.path() + " must invoke the " + f.group().id() + " function's live alias");
                if (f.isPublic()) {
                    assertEquals("NONE", route.get("AuthorizationType"), f + " is public");
                    assertNull(route.get("AuthorizerId"), f + " is public");
                } else {
                    assertEquals("JWT", route.get("AuthorizationType"), f + " needs a Cognito token");
                    assertEquals(authorizer, Cfn.refId(route.get("AuthorizerId")), f + " uses the Cognito authorizer");
                }
            }
        }
        assertEquals(2 * Functions.values().length, routes.size(),
                "only catalogue routes (no $default catch-all, no extra path): " + routes.keySet());
    }

    @Test
    void theAuthorizerIsCognitoJwtForThePagesClient() {
        synth.template().hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Map.of(
                "AuthorizerType", "JWT",
                "IdentitySource", List.of("$request.header.Authorization"),
                "JwtConfiguration", Map.of(
                        "Audience", List.of(Map.of("Ref", Cfn.logicalId(synth.stack(),
                                synth.stack().users().getNode().findChild("Web")))),
                        "Issuer", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                                Match.arrayWith(List.of(Map.of("Ref", Cfn.logicalId(synth.stack(), synth.stack().users())))))))))));
    }

    @Test
    void theScheduledSweepHasNoRouteAndTheManualOneIsSecretariatOnly() {
        String sweepAlias = Cfn.logicalId(synth.stack(), synth.stack().aliases().get(FunctionGroup.SWEEP));
        assertFalse(integrationTargets().containsValue(sweepAlias), "the sweep function must not be reachable over HTTP");
        assertTrue(Functions.SWEEP_DEADLINES.callers().equals(java.util.Set.of(Functions.Roles.SECRETARIAT)));
        assertEquals("JWT", routesByKey().get("POST /sweepDeadlines").get("AuthorizationType"));
        // And no Lambda permission lets API Gateway invoke the sweep function.
        Cfn.resources(synth.template(), "AWS::Lambda::Permission").values().forEach(p -> {
            if ("apigateway.amazonaws.com".equals(Cfn.props(p).get("Principal"))) {
                assertFalse(sweepAlias.equals(Cfn.refId(Cfn.props(p).get("FunctionName"))));
            }
        });
    }

    @Test
    void theStageIsThrottledAndLogged() {
        synth.template().hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "StageName", "$default", "AutoDeploy", true,
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 100, "ThrottlingBurstLimit", 200),
                "AccessLogSettings", Match.objectLike(Map.of("Format", Match.stringLikeRegexp(".*routeKey.*")))));
        // CORS off: the page calls the API on its own origin through CloudFront.
        synth.template().hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("CorsConfiguration", Match.absent()));
    }
}
