package io.fascia.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, never a browser Playwright downloads: one browser for a
 * test class, a fresh context (cookies, zone, size) per person. Also the checks every page gets:
 * axe-core against WCAG 2.2 AA, and screenshots at a phone's and a laptop's width.
 */
final class Browsers implements AutoCloseable {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    Browsers() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getProperty("fascia.chromium", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** A new visitor at laptop width whose own clock runs in {@code timeZone}. */
    BrowserContext visitor(String timeZone) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setTimezoneId(timeZone).setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(60_000);
        return context;
    }

    /** axe-core finds no WCAG 2.2 AA violation on the page as it is now. */
    static void assertAccessible(Page page, String name) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        String violations = results.getViolations().stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        System.getLogger(Browsers.class.getName()).log(System.Logger.Level.INFO,
                "axe on " + name + ": " + results.getViolations().size() + " violations, " + results.getPasses().size()
                        + " rules passed");
        assertThat(results.getViolations()).as("axe WCAG 2.2 AA violations on %s:\n%s", name, violations).isEmpty();
    }

    /** axe at a laptop's and a phone's width, then the screenshots of both. */
    static void assertAccessibleAtBothWidths(Page page, String name) {
        var size = page.viewportSize();
        assertAccessible(page, name + " at " + size.width + " px");
        page.setViewportSize(375, 800);
        assertAccessible(page, name + " at 375 px");
        page.setViewportSize(size.width, size.height);
        screenshots(page, name);
    }

    /** Full-page screenshots at 1280 and 375 px wide, as target/screenshots/NAME-1280.png and -375.png. */
    static void screenshots(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var size = page.viewportSize();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + "-1280.png")));
        page.setViewportSize(375, 800);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + "-375.png")));
        page.setViewportSize(size.width, size.height);
    }

    /** Signs in by typing into Keycloak's own form, as a person does; the page then comes back. */
    static void signInAtKeycloak(Page page, String username) {
        page.waitForURL(url -> url.contains("/realms/fascia/protocol/openid-connect/auth"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(username);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(WholeStack.gatewayUrl()));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
