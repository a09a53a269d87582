package org.meetingdesk.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** The user pool carries the application's groups and the organization claim, which users cannot set themselves. */
class CognitoTest {

    private final Synth.Result synth = Synth.nativeStack();

    @Test
    void groupsAreTheApplicationsRoles() {
        Set<Object> groups = Cfn.resources(synth.template(), "AWS::Cognito::UserPoolGroup").values().stream()
                .map(g -> Cfn.props(g).get("GroupName")).collect(Collectors.toSet());
        assertEquals(Set.of("delegate", "focal-point", "member", "secretariat"), groups);
    }

    @Test
    void organizationIsACustomAttribute() {
        synth.template().hasResourceProperties("AWS::Cognito::UserPool", Map.of(
                "Schema", Match.arrayWith(List.of(Match.objectLike(Map.of("Name", "organization",
                        "AttributeDataType", "String", "Mutable", true)))),
                "DeletionProtection", "ACTIVE",
                "UsernameAttributes", List.of("email")));
    }

    @Test
    void thePagesClientUsesPkceAndCannotWriteTheOrganization() {
        Map<String, Object> client = Cfn.props(Cfn.resources(synth.template(), "AWS::Cognito::UserPoolClient")
                .values().iterator().next());
        assertEquals(false, client.get("GenerateSecret"));
        assertEquals(List.of("code"), client.get("AllowedOAuthFlows"));
        assertFalse(((List<?>) client.get("WriteAttributes")).contains("custom:organization"));
        assertEquals(true, ((List<?>) client.get("ReadAttributes")).contains("custom:organization"));
    }
}
