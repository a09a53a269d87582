package org.meetingdesk.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.meetingdesk.support.Api.anonymous;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.support.DynamoDbLocalResource;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class DevSignInTest {

    @Test
    void issuesATokenForKnownGroups() {
        anonymous().body("{\"subject\":\"ann\",\"groups\":[\"delegate\"],\"organization\":\"X\"}").post("/devSignIn")
                .then().statusCode(200).body("token", notNullValue());
    }

    @Test
    void rejectsUnknownGroupsAndBadSubjects() {
        anonymous().body("{\"subject\":\"\",\"groups\":[\"root\"]}").post("/devSignIn").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("subject")).body("errors.field", hasItem("groups[0]"));
        anonymous().body("not json").post("/devSignIn").then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void unknownPathsAreProblemJson404() {
        anonymous().get("/noSuchFunction").then().statusCode(404).contentType("application/problem+json");
    }
}
