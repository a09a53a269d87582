package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** The page from a private bucket, the API under /api on the same origin. */
class CdnTest {

    private final Synth.Result synth = Synth.nativeStack();

    @Test
    @SuppressWarnings("unchecked")
    void apiIsServedUnderApiOnThePagesOrigin() {
        Map<String, Object> config = (Map<String, Object>) Cfn.props(Cfn.resources(synth.template(),
                "AWS::CloudFront::Distribution").values().iterator().next()).get("DistributionConfig");
        List<Map<String, Object>> behaviors = (List<Map<String, Object>>) config.get("CacheBehaviors");
        assertEquals(1, behaviors.size());
        Map<String, Object> api = behaviors.get(0);
        assertEquals("/api/*", api.get("PathPattern"));
        assertEquals("https-only", api.get("ViewerProtocolPolicy"));
        assertTrue(((List<?>) api.get("AllowedMethods")).contains("POST"));
        assertEquals("viewer-request", Cfn.path(((List<?>) api.get("FunctionAssociations")).get(0), "EventType"));

        List<Map<String, Object>> origins = (List<Map<String, Object>>) config.get("Origins");
        Map<String, Object> apiOrigin = origins.stream().filter(o -> o.get("Id").equals(api.get("TargetOriginId")))
                .findFirst().orElseThrow();
        String apiId = Cfn.resources(synth.template(), "AWS::ApiGatewayV2::Api").keySet().iterator().next();
        assertTrue(Cfn.text(apiOrigin.get("DomainName")).startsWith("<ref:" + apiId + ">.execute-api."));
        assertEquals("https-only", Cfn.path(apiOrigin, "CustomOriginConfig", "OriginProtocolPolicy"));

        Map<String, Object> page = (Map<String, Object>) config.get("DefaultCacheBehavior");
        Map<String, Object> pageOrigin = origins.stream().filter(o -> o.get("Id").equals(page.get("TargetOriginId")))
                .findFirst().orElseThrow();
        assertTrue(pageOrigin.containsKey("OriginAccessControlId"), "the site bucket is reached only through OAC");
        assertEquals("redirect-to-https", page.get("ViewerProtocolPolicy"));
    }

    @Test
    void theEdgeFunctionStripsTheApiPrefix() {
        synth.template().hasResourceProperties("AWS::CloudFront::Function", Map.of(
                "FunctionCode", Match.stringLikeRegexp(".*request.uri = request.uri.substring\\(4\\).*")));
    }

    @Test
    void apiAnswersAreNeverCachedButAuthorizationReachesTheApi() {
        synth.template().hasResourceProperties("AWS::CloudFront::CachePolicy", Map.of("CachePolicyConfig", Match.objectLike(Map.of(
                "DefaultTTL", 0, "MinTTL", 0,
                "ParametersInCacheKeyAndForwardedToOrigin", Match.objectLike(Map.of(
                        "HeadersConfig", Map.of("HeaderBehavior", "whitelist", "Headers", List.of("Authorization")),
                        "QueryStringsConfig", Map.of("QueryStringBehavior", "all")))))));
    }

    @Test
    void thePageGetsItsRuntimeConfiguration() {
        synth.template().hasResourceProperties("Custom::CDKBucketDeployment", Map.of(
                "DistributionPaths", List.of("/*"), "Prune", true));
    }

    @Test
    void configJsonTellsThePageWhereTheApiAndTheSignInAre() throws Exception {
        java.nio.file.Path config;
        try (var files = java.nio.file.Files.walk(synth.outdir(), 2)) {
            config = files.filter(f -> f.getFileName().toString().equals("config.json")
                    && f.getParent().getFileName().toString().startsWith("asset.")).findFirst().orElseThrow();
        }
        // Deploy-time values are markers the BucketDeployment replaces; make them parseable.
        String text = java.nio.file.Files.readString(config).replaceAll("<<marker:0xbaba:\\d+>>", "\"token\"");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        assertEquals("/api", json.path("apiBase").asText());
        assertEquals("cognito", json.path("auth").path("mode").asText());
        assertEquals("openid email profile", json.path("auth").path("scopes").asText());
        for (String key : List.of("domain", "clientId", "redirectUri", "logoutUri", "userPoolId", "region")) {
            assertEquals("token", json.path("auth").path(key).asText(), key + " is filled in at deploy time");
        }
    }
}
