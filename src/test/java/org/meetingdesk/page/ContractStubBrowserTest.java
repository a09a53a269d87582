package org.meetingdesk.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.meetingdesk.sample.SampleData;
import org.meetingdesk.support.DynamoDbLocalResource;

/**
 * The page's views for functions other features deliver (registration, focal point, agenda,
 * documents, import, sweep, statistics), driven in the browser against a test double of those
 * functions shaped by their contracts ({@code page/contract-stub.js}); meetings, deadlines, sign-in
 * and publishing are the real app. The same journeys against the real functions are in
 * {@link RegistrationJourneyBrowserTest} and {@link SecretariatBrowserTest}.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class ContractStubBrowserTest {

    static Browser browser;

    @Inject
    Clock clock;

    @BeforeEach
    void browser() throws IOException {
        if (browser == null) {
            browser = Browser.start();
            try (InputStream in = getClass().getResourceAsStream("/page/contract-stub.js")) {
                browser.beforeEveryPage(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        browser.driver.get(browser.base + "/index.html");
        browser.js("localStorage.removeItem('contract-stub'); sessionStorage.clear()");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void registerPendingApproveJoinLinkAndWithdraw() {
        String upcoming = SampleData.upcomingId(clock);
        browser.signIn("stub-dan", "Dana Stub", "PAGE-TEL", "delegate member", "/meeting/" + upcoming + "/register");
        Select org = new Select(browser.waitFor(By.name("organization")));
        WebElement memberState = browser.driver.findElement(By.id("member-state-options"));
        assertFalse(memberState.isDisplayed());
        org.selectByValue("PAGE-MS");
        assertTrue(memberState.isDisplayed());
        assertFalse(browser.driver.findElements(By.name("fellowship")).isEmpty(), "fellowships offered by the upcoming meeting");
        org.selectByValue("PAGE-TEL");

        // a server-side field error lands beside its field
        browser.driver.findElement(By.name("role")).sendKeys("Nobody");
        browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
        WebElement roleError = browser.waitFor(By.cssSelector("[data-field='role'] .error"));
        assertEquals("is not a role we know (server)", roleError.getText());
        assertEquals("true", browser.driver.findElement(By.name("role")).getAttribute("aria-invalid"));
        browser.screenshot("30-stub-register-server-error");

        browser.driver.findElement(By.name("role")).clear();
        browser.driver.findElement(By.name("role")).sendKeys("Rapporteur");
        browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
        WebElement result = browser.waitFor(By.id("registration-result"));
        assertEquals("PENDING_APPROVAL", result.getAttribute("data-status"));
        assertTrue(result.getText().contains("Pending approval"));
        browser.screenshot("31-stub-register-pending");

        browser.signOut();
        browser.signIn("stub-fp", "Focal Stub", "PAGE-TEL", "focal-point delegate", "/focal");
        WebElement request = browser.waitFor(By.xpath("//li[contains(@class,'pending-request')][h3='Dana Stub']"));
        browser.screenshot("32-stub-focal-pending");
        browser.assertAccessible("focal point with a request");
        request.findElement(By.cssSelector("button[data-action=approve]")).click();
        browser.waitGone(By.xpath("//li[contains(@class,'pending-request')][h3='Dana Stub']"));
        browser.driver.findElement(By.cssSelector("#participants button[type=submit]")).click();
        browser.waitFor(By.cssSelector("#participants svg.chart"));
        browser.screenshot("33-stub-focal-participants");

        browser.signOut();
        browser.signIn("stub-dan", "Dana Stub", "PAGE-TEL", "delegate member", "/my");
        WebElement join = browser.waitFor(By.id("join-" + upcoming));
        assertEquals("https://remote.example/join/" + upcoming + "?t=tok", join.getAttribute("href"));
        browser.screenshot("34-stub-my-join-link");
        browser.assertAccessible("my registrations");
        browser.js("window.confirm = () => true");
        browser.driver.findElement(By.xpath("//button[normalize-space()='Withdraw']")).click();
        browser.waitForText(By.cssSelector("li.registration"), "Withdrawn");
    }

    @Test
    void agendaVersionsWhatChangedAndDocumentsOnTheMeetingPage() {
        browser.signIn("stub-member", "Member Stub", "PAGE-TEL", "delegate member", "/meeting/SG13-2020-12-07");
        browser.waitForText(By.cssSelector("#agenda"), "Gap analysis work item");
        browser.waitForText(By.cssSelector("#agenda details"), "+ 3.1 Liaison statements");
        new Select(browser.driver.findElement(By.id("agenda-version"))).selectByValue("1");
        browser.waitForText(By.cssSelector("#agenda"), "Source: TSB Collective letter 12/13");
        String v1 = browser.driver.findElement(By.id("agenda")).getText();
        assertFalse(v1.contains("Gap analysis work item"), v1);
        browser.waitForText(By.id("documents"), "SG13-C1");
        browser.screenshot("35-stub-meeting-agenda-documents");
        browser.assertAccessible("meeting page with agenda and documents");

        browser.driver.get(browser.base + "/?lang=zh#/meeting/SG13-2020-12-07");
        browser.waitForText(By.cssSelector("#agenda"), "差距分析工作项目");
        browser.screenshot("36-stub-meeting-agenda-zh");
    }

    @Test
    void importReviewWarningsSweepAndStatistics() {
        browser.signIn("stub-sec", "Secretariat Stub", "ITU", "secretariat member", "/secretariat");
        WebElement text = browser.waitFor(By.name("text"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = 'TSB Collective letter 12/13 …';", text);
        browser.driver.findElement(By.xpath("//button[normalize-space()='Import']")).click();
        browser.waitFor(By.id("warnings"));
        assertTrue(browser.driver.findElement(By.cssSelector("#draft [data-field='closingTime']")).getText().contains("no closing time in the letter"));
        browser.screenshot("37-stub-import-review");
        browser.assertAccessible("import review");

        WebElement at = browser.driver.findElement(By.cssSelector("#sweep [name='at']"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = '2020-11-08T00:30';", at);
        browser.driver.findElement(By.cssSelector("#sweep button[type=submit]")).click();
        WebElement report = browser.waitFor(By.cssSelector("#sweep-report .alert"));
        // 00:30 in Geneva (CET, UTC+1) is 23:30 UTC the day before
        assertTrue(report.getText().contains("2020-11-07T23:30:00.000Z"), report.getText());
        assertTrue(report.getText().contains("SG13-2020-12-07 Registration"), report.getText());

        browser.driver.findElement(By.cssSelector("#stats button[type=submit]")).click();
        browser.waitFor(By.cssSelector("#stats svg.chart"));
        assertTrue(browser.driver.findElement(By.id("stats")).getText().contains("50%"));
        browser.js("document.getElementById('stats').scrollIntoView()");
        browser.screenshot("38-stub-statistics");
        browser.assertAccessible("statistics");
    }

    @Test
    void aLanguageIsOneMoreFileAndArabicReadsRightToLeft() {
        browser.open("ar", "/");
        browser.waitForText(By.tagName("h1"), "الاجتماعات");
        assertEquals("rtl", browser.js("return document.documentElement.dir"));
        assertEquals("ar", browser.js("return document.documentElement.lang"));
        // keys the Arabic file lacks fall back to English rather than showing raw keys
        assertEquals("Sign in", browser.driver.findElement(By.cssSelector("#who a")).getText());
        browser.screenshot("39-stub-arabic-rtl");
        browser.open("en", "/");
        assertEquals("ltr", browser.js("return document.documentElement.dir"));
    }
}
