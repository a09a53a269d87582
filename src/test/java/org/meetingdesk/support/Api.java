package org.meetingdesk.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Test helpers for calling functions as a given person. */
public final class Api {

    private Api() {
    }

    public static String token(String subject, String organization, String... groups) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "email", subject + "@example.org", "name", "Test " + subject,
                        "organization", organization == null ? "" : organization, "groups", List.of(groups)))
                .post("/devSignIn").then().statusCode(200).extract().path("token");
    }

    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification secretariat() {
        return as(token("secretary", "ITU", "secretariat"));
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }
}
