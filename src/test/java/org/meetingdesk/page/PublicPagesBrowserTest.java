package org.meetingdesk.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The public pages in a real browser: list, meeting page, languages, weight, accessibility, phones. */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class PublicPagesBrowserTest extends BrowserTest {

    static final String SG13 = "SG13-2020-12-07";

    @Inject
    Clock clock;



    @Test
    void meetingsListShowsTheUpcomingMeetingAndPastOnesOnRequest() {
        String upcoming = SampleData.upcomingId(clock);
        browser.open("en", "/");
        browser.waitFor(By.cssSelector("a[href='#/meeting/" + upcoming + "']"));
        assertTrue(browser.driver.findElements(By.cssSelector("a[href='#/meeting/" + SG13 + "']")).isEmpty(),
                "past meetings are hidden by default");
        browser.screenshot("01-meetings-list");
        browser.assertAccessible("meetings list");

        browser.driver.findElement(By.name("past")).click();
        browser.driver.findElement(By.cssSelector("form[role=search] button")).click();
        browser.waitFor(By.cssSelector("a[href='#/meeting/" + SG13 + "']")).click();
        browser.waitForText(By.tagName("h1"), "Study Group 13");
    }

    @Test
    void meetingPageShowsTheLetterDeadlinesInGenevaAndReaderTimeQrAndCalendar() {
        browser.open("en", "/meeting/" + SG13);
        browser.waitForText(By.tagName("h1"), "Study Group 13");
        String facts = browser.driver.findElement(By.cssSelector("dl.facts")).getText();
        assertTrue(facts.contains("TSB Collective letter 12/13"), facts);
        assertTrue(facts.contains("Mr Leo Lehmann (Switzerland)"), facts);
        assertTrue(facts.contains("tsbsg13@itu.int"), facts);

        WebElement deadlines = browser.waitFor(By.cssSelector("#deadlines table"));
        List<WebElement> rows = deadlines.findElements(By.cssSelector("tbody tr"));
        assertEquals(3, rows.size(), deadlines.getText());
        String registration = rows.get(1).getText();
        assertTrue(registration.contains("Registration"), registration);
        assertTrue(registration.contains("November 7, 2020"), registration);
        // closes at the end of 7 November in Geneva = 8 Nov 00:00 CET = 8 Nov 07:00 in Shanghai
        List<WebElement> cells = rows.get(1).findElements(By.tagName("td"));
        assertTrue(cells.get(2).getText().contains("Nov 8, 2020"), cells.get(2).getText());
        assertTrue(cells.get(2).getText().matches("(?s).*(12:00|00:00).*"), cells.get(2).getText());
        assertTrue(cells.get(3).getText().matches("(?s).*7:00.*"), cells.get(3).getText());
        assertNotEquals(cells.get(2).getText(), cells.get(3).getText());
        assertTrue(deadlines.getText().contains(Browser.READER_ZONE), "header names the reader's zone");
        assertTrue(cells.get(4).getText().contains("Closed"), cells.get(4).getText());

        WebElement qr = browser.driver.findElement(By.cssSelector("img.qr"));
        browser.waitFor(By.cssSelector("img.qr"));
        Object width = browser.js("return arguments[0].complete && arguments[0].naturalWidth", qr);
        assertTrue(((Number) width).intValue() > 0, "QR code image loaded");
        WebElement ics = browser.driver.findElement(By.cssSelector("a[href^='/calendar?meeting=']"));
        assertEquals(browser.base + "/calendar?meeting=" + SG13, ics.getAttribute("href"));
        browser.screenshot("02-meeting-page");
        browser.assertAccessible("meeting page");
    }

    @Test
    void upcomingMeetingShowsOpenWindowsWithTimeLeftAndARegisterButton() {
        browser.open("en", "/meeting/" + SampleData.upcomingId(clock));
        WebElement deadlines = browser.waitFor(By.cssSelector("#deadlines table"));
        assertTrue(deadlines.getText().contains("left"), deadlines.getText());
        assertTrue(deadlines.getText().contains("Fellowship requests"), deadlines.getText());
        assertFalse(browser.driver.findElements(By.cssSelector("a[href$='/register']")).isEmpty());
    }

    @Test
    void chinesePageRendersTheMeetingInChinese() {
        browser.open("zh", "/meeting/" + SG13);
        browser.waitForText(By.id("dl-h"), "截止日期");
        assertEquals("zh", browser.js("return document.documentElement.lang"));
        String page = browser.driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("2020年12月7日"), "dates in Chinese: " + page);
        assertTrue(page.contains("集体函"), page);
        assertTrue(page.contains("线上"), "mode in Chinese: " + page);
        assertTrue(page.contains("已截止"), page);
        assertEquals("会议", browser.driver.findElement(By.cssSelector("#nav a")).getText());
        browser.screenshot("03-meeting-page-zh");
        browser.assertAccessible("meeting page (zh)");
    }

    @Test
    void languageCanBeSwitchedOnAnyPage() {
        browser.open("en", "/meeting/" + SG13);
        browser.waitForText(By.id("dl-h"), "Deadlines");
        new Select(browser.driver.findElement(By.id("lang"))).selectByValue("zh");
        browser.waitForText(By.id("dl-h"), "截止日期");
        assertTrue(browser.driver.getCurrentUrl().contains("lang=zh"), "shareable link follows the choice");
        new Select(browser.driver.findElement(By.id("lang"))).selectByValue("en");
        browser.waitForText(By.id("dl-h"), "Deadlines");
    }

    @Test
    void signInPickerIsAccessibleAndOffersTheSampleIdentities() {
        browser.open("en", "/signin");
        for (String subject : List.of("secretary", "alice", "fp-acme", "bob")) {
            browser.waitFor(By.cssSelector("button[data-identity='" + subject + "']"));
        }
        browser.assertAccessible("sign-in");
        browser.driver.findElement(By.cssSelector("button[data-identity='alice']")).click();
        browser.waitForText(By.id("who"), "Alice Martin");
        assertTrue(browser.driver.findElements(By.cssSelector("#nav a[href='#/secretariat']")).isEmpty(),
                "a delegate sees no secretariat link");
    }

    @Test
    void everyPageWeighsLessThan100KilobytesOnTheWire() {
        // signed in as the secretariat, so the heaviest views (secretariat, focal point) really load
        browser.signIn("page-weigher", "Weigher", "ITU", "secretariat focal-point delegate member", "/");
        for (String lang : List.of("en", "zh"))
        for (String route : List.of("/", "/meeting/" + SG13, "/meeting/" + SG13 + "/register", "/my", "/focal", "/secretariat", "/signin")) {
            // a fresh document per page: everything it needs is fetched again
            browser.driver.get("about:blank");
            browser.open(lang, route);
            browser.js("return new Promise(r => setTimeout(r, 300))");
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) browser.js("""
                    const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                    const bytes = all.reduce((s, e) => s + Math.max(e.transferSize || 0, e.encodedBodySize || 0), 0);
                    const foreign = all.filter(e => !e.name.startsWith(location.origin)).map(e => e.name);
                    return {bytes, foreign, count: all.length};""");
            long bytes = ((Number) size.get("bytes")).longValue();
            assertTrue(bytes > 1000, route + ": measured " + size);
            assertTrue(bytes < 100 * 1024, route + " (" + lang + ") weighs " + bytes + " bytes: " + size);
            System.out.printf("page weight %s %s: %d bytes in %s requests%n", lang, route, bytes, size.get("count"));
            assertEquals(List.of(), size.get("foreign"), route + ": no third-party hosts");
        }
    }

    @Test
    void pagesFitA360PixelWideScreen() {
        browser.setWidth(360, 800);
        for (String route : List.of("/", "/meeting/" + SG13, "/signin")) {
            browser.open("en", route);
            browser.waitFor(By.tagName("h1"));
            Number overflow = (Number) browser.js("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow.intValue() <= 0, route + " scrolls sideways by " + overflow + " px at 360 px");
        }
        browser.open("en", "/meeting/" + SG13);
        browser.waitFor(By.cssSelector("#deadlines table"));
        browser.screenshot("04-meeting-page-360px");
    }
}
