package org.meetingdesk.page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One headless Chromium per browser-test class, reset to a desktop-wide, signed-out start page
 * before each test (a subclass's own {@code @BeforeEach} runs after this one).
 */
abstract class BrowserTest {

    static Browser browser;

    @BeforeEach
    void freshPage() {
        if (browser == null) {
            browser = Browser.start();
        }
        browser.setWidth(1280, 1000);
        browser.driver.get(browser.base + "/index.html");
        browser.signOut();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
