package io.fascia.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A system test that drives Chromium through the gateway: the whole stack first (WholeStack),
 * then one browser for the class, closed after it; {@link #url} is a path on the gateway.
 */
@ExtendWith(WholeStack.class)
abstract class BrowserTest {

    static Browsers browsers;

    @BeforeAll
    static void openBrowser() {
        browsers = new Browsers();
    }

    @AfterAll
    static void closeBrowser() {
        if (browsers != null) {
            browsers.close();
            browsers = null;
        }
    }

    static String url(String path) {
        return WholeStack.gatewayUrl() + path;
    }
}
