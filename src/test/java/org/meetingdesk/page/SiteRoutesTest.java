package org.meetingdesk.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.meetingdesk.support.DynamoDbLocalResource;

/** The static site and the functions share the root path without stepping on each other. */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class SiteRoutesTest {

    @Test
    void theSiteIsServedAtTheRoot() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html")).body(containsString("js/app.js"));
        given().get("/index.html").then().statusCode(200).contentType(startsWith("text/html"));
        given().get("/js/app.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/app.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().get("/i18n/zh.json").then().statusCode(200).body("nav.meetings", equalTo("会议"));
        given().get("/config.json").then().statusCode(200).body("auth.mode", equalTo("dev"));
    }

    @Test
    void functionsStillAnswerBesideTheSite() {
        given().get("/meeting?id=SG13-2020-12-07").then().statusCode(200).body("group", equalTo("SG13"));
        given().contentType(ContentType.JSON).body("{\"id\":\"SG13-2020-12-07\"}").post("/meeting")
                .then().statusCode(200).body("group", equalTo("SG13"));
    }

    @Test
    void anUnknownFunctionIsStillAProblem404ForEveryMethod() {
        given().contentType(ContentType.JSON).body("{}").post("/noSuchFunction").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("no function"));
    }

    @Test
    void theQrCodeLinksToTheMeetingPage() {
        given().get("/qrcode?meeting=SG13-2020-12-07").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).body(startsWith("<svg"));
        given().get("/qrcode?meeting=SG13-2999-01-01").then().statusCode(404);
        given().get("/qrcode?meeting=x").then().statusCode(400).body("errors[0].field", equalTo("meeting"));
    }
}
