package io.fascia.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.fascia.system.ApiSteps.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The e-mail pages in a real browser: a person chooses which e-mails they get and names their own
 * time zone by keyboard alone; an unsubscribe link works without signing in and changes nothing
 * until its button is pressed. axe finds no WCAG 2.2 AA violation on any state.
 */
class MessagePagesIT extends BrowserTest {

    @Test
    void aPersonChoosesTheirEmailsByKeyboardAndAnUnsubscribeLinkStopsPromptsWithoutSigningIn() {
        String username = "mailpages-" + UUID.randomUUID().toString().substring(0, 8);
        String subject = Keycloak.createUser(username);
        try (BrowserContext context = browsers.visitor("America/Denver")) {
            Page page = context.newPage();
            page.navigate(url("/my/notifications"));
            Browsers.signInAtKeycloak(page, username);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your e-mails"))).isVisible();
            assertThat(page.getByLabel("A reminder the day before each session")).isChecked();
            Browsers.assertAccessibleAtBothWidths(page, "email-preferences");
            Browsers.screenshots(page, "email-preferences");

            // Keyboard only: Space turns reminders off, the zone is typed, Enter saves.
            page.getByLabel("A reminder the day before each session").focus();
            page.keyboard().press("Space");
            page.keyboard().press("Tab");
            page.keyboard().press("Tab");
            page.keyboard().type("Mars/Olympus_Mons");
            page.keyboard().press("Enter");
            assertThat(page.locator("#timeZone-error")).containsText("IANA");
            assertThat(page.locator("#timeZone")).hasAttribute("aria-invalid", "true");
            Browsers.assertAccessible(page, "email-preferences-invalid");
            page.locator("#timeZone").fill("America/Denver");
            page.locator("#timeZone").press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved");
            assertThat(page.getByLabel("A reminder the day before each session")).not().isChecked();
        }
        String token = Keycloak.token(username);
        as(token).when().get("/api/v1/notifications/preferences/me").then().statusCode(200)
                .body("reminders", org.hamcrest.Matchers.is(false)).body("prompts", org.hamcrest.Matchers.is(true))
                .body("timeZone", org.hamcrest.Matchers.is("America/Denver"));

        // The link from an invitation, opened by someone not signed in.
        String secret = unsubscribeToken(subject, "PROMPTS");
        try (BrowserContext context = browsers.visitor("America/Denver")) {
            Page page = context.newPage();
            page.navigate(url("/unsubscribe/" + secret));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Stop invitations to review your sessions and check-in questions?");
            Browsers.assertAccessibleAtBothWidths(page, "unsubscribe");
            as(token).when().get("/api/v1/notifications/preferences/me").then()
                    .body("prompts", org.hamcrest.Matchers.is(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop these e-mails")).focus();
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("You will get no more review invitations or check-in questions");
            Browsers.assertAccessible(page, "unsubscribed");
            Browsers.screenshots(page, "unsubscribed");

            page.navigate(url("/unsubscribe/" + secret + "x"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("couldn");
        }
        as(token).when().get("/api/v1/notifications/preferences/me").then().body("prompts", org.hamcrest.Matchers.is(false))
                .body("reminders", org.hamcrest.Matchers.is(false));
    }

    /** The token notification-service makes when it first sends that person an optional message of the topic. */
    private static String unsubscribeToken(String subject, String topic) {
        String secret = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "").substring(0, 11);
        try (Connection db = DriverManager.getConnection(WholeStack.jdbcUrl("notification"));
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO unsubscribe_token (token, subject, topic) VALUES (?, ?, ?)")) {
            insert.setString(1, secret);
            insert.setString(2, subject);
            insert.setString(3, topic);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return secret;
    }
}
