package org.meetingdesk.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meetingdesk.support.Api.secretariat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.sample.SampleData;
import org.meetingdesk.support.DynamoDbLocalResource;

/**
 * The delegate and focal-point journey in the browser: register for the upcoming sample meeting,
 * see "pending", the focal point approves, the delegate sees the join link. Uses its own people and
 * organizations (PAGE-*) so it never collides with other test classes on the shared app.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class RegistrationJourneyBrowserTest extends BrowserTest {


    @Inject
    Clock clock;



    @Test
    void theFormOffersWhatTheMeetingOffersAndSaysWhenRegistrationIsClosed() {
        String upcoming = SampleData.upcomingId(clock);
        browser.signIn("page-eve", "Eve Page", "PAGE-TEL", "delegate member", "/meeting/" + upcoming + "/register");
        browser.waitFor(By.name("name"));
        assertEquals("Eve Page", browser.driver.findElement(By.name("name")).getAttribute("value"));
        // the upcoming sample is hybrid, with interpretation, fellowships and visa support
        for (String option : List.of("remoteParticipation", "interpretation", "visaLetter")) {
            assertFalse(browser.driver.findElements(By.name(option)).isEmpty(), option + " offered");
        }
        browser.screenshot("10-register-form");
        browser.assertAccessible("registration form");

        browser.driver.get(browser.base + "/?lang=en#/meeting/SG13-2020-12-07/register");
        WebElement closed = browser.waitFor(By.id("registration-result"));
        assertEquals("CLOSED", closed.getAttribute("data-status"));
        assertTrue(closed.getText().contains("Registration is closed"), closed.getText());
        assertTrue(browser.driver.findElements(By.name("name")).isEmpty(), "no form once closed");
        browser.screenshot("11-register-closed");
    }

    @Test
    void delegateRegistersFocalPointApprovesDelegateSeesTheJoinLink() {
        secretariat().body(Map.of("id", "PAGE-TEL", "name", "Page Telecom", "category", "SECTOR_MEMBER", "country", "CH",
                "focalPoints", List.of("page-fp"), "autoApproval", false)).post("/publishOrganization").then().statusCode(200);
        secretariat().body(Map.of("id", "PAGE-MS", "name", "Page Ministry", "category", "MEMBER_STATE", "country", "FR",
                "focalPoints", List.of("page-fp-ms"), "autoApproval", false)).post("/publishOrganization").then().statusCode(200);
        String upcoming = SampleData.upcomingId(clock);

        // 1. the delegate registers and sees "pending approval"
        browser.signIn("page-dan", "Dana Page", "PAGE-TEL", "delegate member", "/meeting/" + upcoming + "/register");
        Select org = new Select(browser.waitFor(By.cssSelector("#main select[name=organization], select[name=organization]")));
        assertEquals("PAGE-TEL", org.getFirstSelectedOption().getAttribute("value"));
        WebElement memberState = browser.driver.findElement(By.id("member-state-options"));
        assertFalse(memberState.isDisplayed(), "Member-State options hidden for a Sector Member");
        org.selectByValue("PAGE-MS");
        assertTrue(memberState.isDisplayed(), "Member-State options shown for a Member State");
        org.selectByValue("PAGE-TEL");
        assertFalse(memberState.isDisplayed());
        new Select(browser.driver.findElement(By.name("gender"))).selectByValue("FEMALE");
        browser.driver.findElement(By.name("role")).sendKeys("Rapporteur");
        browser.screenshot("12-journey-delegate-form");
        browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
        WebElement result = browser.waitFor(By.id("registration-result"));
        assertEquals("PENDING_APPROVAL", result.getAttribute("data-status"));
        assertTrue(result.getText().contains("Pending approval"), result.getText());
        browser.screenshot("13-journey-delegate-pending");

        // 2. the focal point approves
        browser.signOut();
        browser.signIn("page-fp", "Focal Page", "PAGE-TEL", "focal-point delegate", "/focal");
        WebElement request = browser.waitFor(By.xpath("//li[contains(@class,'pending-request')][h3='Dana Page']"));
        browser.screenshot("14-journey-focal-pending");
        browser.assertAccessible("focal point");
        request.findElement(By.name("reason")).sendKeys("Confirmed by the delegation list");
        request.findElement(By.cssSelector("button[data-action=approve]")).click();
        browser.waitGone(By.xpath("//li[contains(@class,'pending-request')][h3='Dana Page']"));
        browser.screenshot("15-journey-focal-approved");

        // 3. the delegate sees the join link
        browser.signOut();
        browser.signIn("page-dan", "Dana Page", "PAGE-TEL", "delegate member", "/my");
        WebElement join = browser.waitFor(By.id("join-" + upcoming));
        assertTrue(join.getAttribute("href").startsWith("http"), join.getAttribute("href"));
        assertEquals("APPROVED", browser.driver.findElement(By.cssSelector("li.registration[data-meeting='" + upcoming + "']")).getAttribute("data-status"));
        browser.screenshot("16-journey-delegate-join-link");
        browser.assertAccessible("my registrations");
    }

    @Test
    void myRegistrationsAndFocalPointPagesAskToSignInFirst() {
        browser.open("en", "/my");
        browser.waitForText(By.tagName("main"), "Please sign in first.");
        browser.open("en", "/focal");
        browser.waitForText(By.tagName("main"), "Please sign in first.");
        browser.assertAccessible("focal point signed out");
    }
}
