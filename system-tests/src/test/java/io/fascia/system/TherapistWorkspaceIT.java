package io.fascia.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import io.restassured.http.ContentType;

/**
 * The therapist's workspace in a real browser through the gateway: a brand-new person registers
 * at Keycloak, becomes a therapist, fills the listing, uploads a licence and a medical-massage
 * certificate, sets hours by keyboard alone and publishes; after demo-admin verifies both, the
 * listing is in search with its badges. demo-therapist reads an intake, writes a plan with two
 * homecare exercises and completes yesterday's session; the client sees the plan. Another
 * therapist gets no data from any of these URLs. The client shares a summary of the treatment with
 * their doctor, who opens it without an account until the client revokes it. Every page passes axe
 * at 1280 and 375 px.
 */
class TherapistWorkspaceIT extends BrowserTest {

    private static FilePayload pdf(String name) {
        byte[] body = ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n" + name).getBytes(StandardCharsets.US_ASCII);
        return new FilePayload(name, "application/pdf", body);
    }

    @Test
    void aNewPersonBecomesATherapistAndIsInSearchOnceVerified() {
        String username = "nora-" + UUID.randomUUID().toString().substring(0, 8);
        String displayName = "Nora Quinn " + username.substring(5) + ", LMT";
        try (BrowserContext context = browsers.visitor("America/Boise")) {
            Page page = context.newPage();
            // Registration on Keycloak's own page, from the site's "Create an account".
            page.navigate(url("/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account")).click();
            page.waitForURL(u -> u.contains("/realms/fascia/"));
            page.locator("#username").fill(username);
            page.locator("#email").fill(username + "@fascia.example");
            page.locator("#firstName").fill("Nora");
            page.locator("#lastName").fill("Quinn");
            page.locator("#password").fill(username + "-Secret1");
            page.locator("#password-confirm").fill(username + "-Secret1");
            page.locator("[type=submit]").click();
            page.waitForURL(u -> u.startsWith(WholeStack.gatewayUrl()));
            assertThat(page.locator(".who")).containsText("Nora");

            // "Offer medical massage": the zone starts at the browser's; the role arrives without typing again.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Offer medical massage")).click();
            assertThat(page.locator("h1")).hasText("Offer medical massage on Fascia");
            assertThat(page.getByLabel("Your practice's time zone")).hasValue("America/Boise");
            Browsers.assertAccessibleAtBothWidths(page, "practice-start");
            page.getByLabel("Name clients will see").fill(displayName);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start my listing")).click();
            page.waitForURL(u -> u.contains("/practice/listing"));
            assertThat(page.locator("h1")).hasText("Your listing");
            assertThat(page.locator(".notice")).containsText("Welcome to Fascia");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your practice"))).isVisible();

            // The listing: a field the directory refuses shows beside its input, and nothing typed is lost.
            page.getByLabel("About your practice").fill("Assessment first: posture, breathing and the neck's "
                    + "neighbours. Then treatment and homecare you can do at a desk.");
            page.getByLabel("Practice setting").selectOption("CLINIC");
            page.getByLabel("City", new Page.GetByLabelOptions().setExact(true)).fill("Boise");
            page.getByLabel("State or region").fill("ID");
            page.getByLabel("Country code").fill("U");
            page.getByLabel("Location for search by distance").fill("Boise, ID");
            page.getByLabel("Neck pain").check();
            page.getByLabel("Tension headache").check();
            page.getByLabel("Myofascial release").check();
            page.getByLabel("English").check();
            // The live preview follows the form before anything is saved.
            assertThat(page.locator("#preview")).containsText("Neck pain");
            assertThat(page.locator("#preview")).containsText("Assessment first");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save listing")).click();
            assertThat(page.locator("#country-error")).isVisible();
            assertThat(page.getByLabel("Neck pain")).isChecked();
            Browsers.assertAccessibleAtBothWidths(page, "practice-listing-errors");
            page.getByLabel("Country code").fill("US");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save listing")).click();
            assertThat(page.locator(".notice")).containsText("Your listing is saved");

            page.getByLabel("Title").fill("Initial assessment and treatment");
            page.getByLabel("Minutes").fill("90");
            page.getByLabel("Price").fill("140");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add offering")).click();
            assertThat(page.locator(".offering-list")).containsText("Initial assessment and treatment");
            Browsers.assertAccessibleAtBothWidths(page, "practice-listing");

            // Credentials: a licence and a medical-massage certificate, each with its PDF.
            page.navigate(url("/practice/credentials"));
            Browsers.assertAccessibleAtBothWidths(page, "practice-credentials");
            upload(page, "LICENSE", "Idaho Board of Massage Therapy", "ID", "LMT-" + username.substring(5), "licence.pdf");
            assertThat(page.locator("#layer-LICENSE")).containsText("an admin is checking it");
            upload(page, "MEDICAL_MASSAGE_CERTIFICATE", "Institute of Medical Massage", "", "MM-" + username.substring(5),
                    "certificate.pdf");
            assertThat(page.locator("#layer-MEDICAL_MASSAGE_CERTIFICATE")).containsText("an admin is checking it");
            Browsers.assertAccessibleAtBothWidths(page, "practice-credentials-submitted");

            // Availability by keyboard alone: Tab to Monday, type each window, Enter saves.
            page.navigate(url("/practice/availability"));
            for (int i = 0; i < 80 && !"MONDAY-start-0".equals(focusedId(page)); i++) {
                page.keyboard().press("Tab");
            }
            assertThat(focusedId(page)).isEqualTo("MONDAY-start-0");
            for (int day = 0; day < 5; day++) {
                page.keyboard().type("09:00");
                page.keyboard().press("Tab");
                page.keyboard().type("17:00");
                page.keyboard().press("Tab");
            }
            page.keyboard().press("Enter");
            assertThat(page.locator(".notice")).containsText("Your hours are saved");
            assertThat(page.locator("#MONDAY-start-0")).hasValue("09:00");
            assertThat(page.locator(".preview-days")).containsText("AM");
            Browsers.assertAccessibleAtBothWidths(page, "practice-availability");

            // Publish: published, but not in search until the licence is verified.
            page.navigate(url("/practice"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish my listing")).click();
            assertThat(page.locator(".notice")).containsText("It shows in search once");
            assertThat(page.locator("#standing + ul")).containsText("no current verified massage licence");
            Browsers.assertAccessibleAtBothWidths(page, "practice-overview");
            assertThat(searchFor(page, displayName)).isFalse();

            // demo-admin verifies both (through the API until the admin console exists).
            String admin = Keycloak.token("demo-admin");
            List<Map<String, Object>> queue = given().auth().oauth2(admin).when().get("/api/v1/directory/admin/credentials?size=200")
                    .then().statusCode(200).extract().path("items.findAll { it.listingDisplayName == '" + displayName + "' }.credential");
            assertThat(queue).hasSize(2);
            for (Map<String, Object> credential : queue) {
                given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("note", "Checked on the board's register"))
                        .when().post("/api/v1/directory/admin/credentials/" + credential.get("id") + "/verify")
                        .then().statusCode(200);
            }
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
            boolean found = false;
            while (!found && System.nanoTime() < deadline) {
                found = searchFor(page, displayName);
                if (!found) {
                    page.waitForTimeout(2_000);
                }
            }
            assertThat(found).as("%s in search after verification", displayName).isTrue();
            page.navigate(url("/search?condition=neck-pain&place=Boise%2C+ID"));
            Locator result = page.locator("article.result", new Page.LocatorOptions().setHasText(displayName));
            assertThat(result).containsText("Licensed");
            assertThat(result).containsText("Verified medical massage");
        }
    }

    private static String focusedId(Page page) {
        return (String) page.evaluate("() => document.activeElement && document.activeElement.id");
    }

    private static void upload(Page page, String type, String issuer, String jurisdiction, String number, String file) {
        page.getByLabel("Kind of credential").selectOption(type);
        page.getByLabel("Issued by").fill(issuer);
        page.getByLabel("State or province (licences)").fill(jurisdiction);
        page.getByLabel("Number").fill(number);
        page.getByLabel("Issued on").fill(LocalDate.now().minusYears(3).toString());
        page.getByLabel("Expires on (if it does)").fill(LocalDate.now().plusYears(2).toString());
        page.getByLabel("The document: PDF, PNG or JPEG, at most 10 MB").setInputFiles(pdf(file));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for verification")).click();
        page.waitForURL(u -> u.contains("submitted"));
        assertThat(page.locator(".notice")).containsText("Your credential is submitted");
    }

    /** Whether an anonymous search for neck pain near Boise lists this therapist now. */
    private static boolean searchFor(Page page, String displayName) {
        String html = page.context().request().get(url("/search?condition=neck-pain&place=Boise%2C+ID&_=" + System.nanoTime()))
                .text();
        return html.contains(displayName.replace("'", "&#39;"));
    }

    @Test
    void demoTherapistReadsTheIntakeWritesAPlanAndCompletesYesterdaysSession() {
        try (BrowserContext context = browsers.visitor("America/Los_Angeles")) {
            Page page = context.newPage();
            page.navigate(url("/practice/schedule"));
            Browsers.signInAtKeycloak(page, "demo-therapist");
            assertThat(page.locator("h1")).hasText("Schedule");
            assertThat(page.locator("main")).containsText("America/Los_Angeles");
            Browsers.assertAccessibleAtBothWidths(page, "practice-schedule");

            // Yesterday's session with the demo client, still to be marked.
            String yesterday = LocalDate.now(java.time.ZoneId.of("America/Los_Angeles")).minusDays(1).toString();
            page.navigate(url("/practice/schedule?view=week&date=" + yesterday));
            Locator session = page.locator("article.entry", new Page.LocatorOptions().setHasText("Demo Client"))
                    .filter(new Locator.FilterOptions().setHasText("Confirmed"));
            assertThat(session.first()).containsText("Intake: Upper back pain");
            // The privacy switch hides health details on screen.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hide health details")).click();
            assertThat(page.locator("main")).not().containsText("Intake:");
            Browsers.assertAccessibleAtBothWidths(page, "practice-schedule-private");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show health details")).click();
            session.first().getByRole(AriaRole.LINK).click();

            assertThat(page.locator("h1")).containsText("Demo Client");
            assertThat(page.locator("section[aria-labelledby=intake]")).containsText("Upper back pain");
            // The client's earlier session with Theo, two weeks ago: pain before it, from the seeds.
            assertThat(page.locator("table.trend")).containsText("Before the session");
            String chartUrl = page.url();
            Browsers.assertAccessibleAtBothWidths(page, "practice-chart");
            // The condition's "also assess" regions are offered as suspected causes.
            page.locator("#suspectedCauseRegions").getByRole(AriaRole.CHECKBOX,
                    new Locator.GetByRoleOptions().setName(Pattern.compile("Chest"))).first().check();
            page.getByLabel("Compensations you found").fill("Forward head posture; shoulders rounded.");
            page.getByLabel("Goals, one per line").fill("Work a full day without upper back pain\nCarry groceries");
            page.getByLabel("Sessions planned").fill("6");
            page.getByLabel("Days between sessions").fill("7");
            page.locator("#exercise-0-name").fill("Doorway pec stretch");
            page.locator("#exercise-0-frequency").fill("3 x 30 s, twice a day");
            page.locator("#exercise-0-region").selectOption(new SelectOption().setLabel("Chest (pectorals)"));
            page.locator("#exercise-0-instructions").fill("Forearms on the door frame, step through until the chest stretches.");
            page.locator("#exercise-1-name").fill("Chin tucks");
            page.locator("#exercise-1-frequency").fill("10 reps, every hour at the desk");
            page.locator("#exercise-1-region").selectOption(new SelectOption().setLabel("Neck"));
            page.locator("#exercise-1-instructions").fill("Glide the chin straight back, hold two seconds.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Save"))).click();
            assertThat(page.locator(".notice")).containsText("The treatment plan is saved");
            assertThat(page.locator("#exercise-1-name")).hasValue("Chin tucks");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark completed")).click();
            assertThat(page.locator(".notice")).containsText("marked completed");
            assertThat(page.locator("main")).containsText("Completed");
            Browsers.assertAccessibleAtBothWidths(page, "practice-chart-completed");

            // Outcomes and reviews, with the reply form's warning.
            page.navigate(url("/practice/outcomes"));
            assertThat(page.locator("table.summary-table")).containsText("Upper back pain");
            assertThat(page.locator("main")).containsText("Do not name the client");
            Browsers.assertAccessibleAtBothWidths(page, "practice-outcomes");
            Locator firstReview = page.locator("li.review").first();
            firstReview.getByLabel("Reply publicly").fill("Thank you for taking the time to write this.");
            firstReview.getByRole(AriaRole.BUTTON).click();
            assertThat(page.locator("li.review").first()).containsText("Your reply waits for moderation");
            page.reload();
            assertThat(page.locator("li.review").first()).containsText("Thank you for taking the time");
            assertThat(page.locator("li.review").first()).containsText("waits for moderation");

            // The client sees the plan in My care.
            try (BrowserContext client = browsers.visitor("America/Los_Angeles")) {
                Page care = client.newPage();
                care.navigate(url("/my/care"));
                Browsers.signInAtKeycloak(care, "demo-client");
                assertThat(care.locator("main")).containsText("Doorway pec stretch");
                assertThat(care.locator("main")).containsText("Chin tucks");

                // The client books the rest of the plan at one weekly time, then cancels what is ahead.
                Locator thePlan = care.locator("article.plan", new Page.LocatorOptions().setHasText("Doorway pec stretch"));
                thePlan.locator("a[href$='/series']").click();
                assertThat(care.locator("h1")).containsText("Book the rest of your plan with Theo Marsh");
                assertThat(care.locator("main")).containsText("America/Los_Angeles");
                Browsers.assertAccessibleAtBothWidths(care, "care-series-form");
                LocalDate monday = LocalDate.now(java.time.ZoneId.of("America/Los_Angeles"))
                        .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)).plusWeeks(3);
                care.getByLabel("Date of the first session").fill(monday.toString());
                care.getByLabel(Pattern.compile("^Time")).fill("15:00");
                care.getByLabel(Pattern.compile("^How many sessions")).fill("2");
                care.getByLabel("If some of these times are taken, book the others").check();
                care.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book these sessions")).click();
                assertThat(care.locator("h1")).containsText("Your sessions with Theo Marsh");
                assertThat(care.locator(".notice")).containsText("booked");
                assertThat(care.locator("table")).containsText("Confirmed");
                Browsers.assertAccessibleAtBothWidths(care, "care-series");
                // Each session is an ordinary booking that leads back to its series.
                String seriesUrl = care.url();
                care.locator("table a").first().click();
                assertThat(care.locator("dl.summary")).containsText("Booked with the rest of your treatment plan");
                care.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("see all its sessions")))
                        .click();
                assertThat(care).hasURL(seriesUrl.replaceAll("\\?.*", ""));
                care.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel all sessions still ahead")).click();
                assertThat(care.locator(".notice")).containsText("cancelled");
                assertThat(care.locator("table")).not().containsText("Confirmed");

                // The client shares a summary of this treatment with their doctor, through a link.
                care.navigate(url("/my/care"));
                care.locator("article.plan", new Page.LocatorOptions().setHasText("Doorway pec stretch"))
                        .locator("a[href$='/shares']").click();
                assertThat(care.locator("h1")).hasText("Share your progress with your doctor");
                Browsers.assertAccessibleAtBothWidths(care, "care-shares");
                care.getByLabel("The link works for").selectOption("14");
                care.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a link to a summary of today")).click();
                String link = care.locator("#new-link").inputValue();
                assertThat(link).matches("^" + Pattern.quote(url("/shared/")) + "[A-Za-z0-9_-]{43}$");
                Browsers.assertAccessibleAtBothWidths(care, "care-shares-new-link");
                care.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See exactly what your doctor will see"))
                        .click();
                assertThat(care.locator("h1")).hasText("What your doctor sees");
                assertThat(care.locator("main")).containsText("Doorway pec stretch");
                Browsers.assertAccessibleAtBothWidths(care, "care-share-preview");

                // The doctor opens it without an account: the summary and nothing else, not indexed, no cookie.
                try (BrowserContext doctor = browsers.visitor("America/New_York")) {
                    Page d = doctor.newPage();
                    Response opened = d.navigate(link);
                    assertThat(opened.status()).isEqualTo(200);
                    assertThat(opened.headers().get("x-robots-tag")).contains("noindex");
                    assertThat(opened.headers().get("cache-control")).contains("no-store");
                    assertThat(d.locator("meta[name=robots]")).hasAttribute("content", "noindex, nofollow");
                    // Whose summary it is: the name on the client's latest booking (their account's name).
                    assertThat(d.locator("h1")).hasText(Pattern.compile("^Treatment progress: \\S.*Client$"));
                    Locator summary = d.locator("main");
                    assertThat(summary).containsText("Upper back pain");
                    assertThat(summary).containsText("Theo Marsh");
                    assertThat(summary).containsText("Work a full day without upper back pain");
                    assertThat(summary).containsText("Doorway pec stretch");
                    assertThat(summary).containsText("Before the session");
                    assertThat(summary).not().containsText("Forward head posture");
                    assertThat(d.locator("svg[role=img]")).isVisible();
                    assertThat(d.locator("nav")).hasCount(0);
                    assertThat(doctor.cookies()).isEmpty();
                    Browsers.assertAccessibleAtBothWidths(d, "shared-summary");

                    // The client sees the opening counted, and revokes the link; the doctor is told it was withdrawn.
                    care.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to your links")).click();
                    assertThat(care.locator("table")).containsText("1 time");
                    care.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Revoke"))).first()
                            .click();
                    assertThat(care.locator(".notice")).containsText("no longer opens");
                    Response closed = d.navigate(link);
                    assertThat(closed.status()).isEqualTo(410);
                    assertThat(d.locator("h1")).hasText("This summary is no longer shared");
                    assertThat(d.locator("main")).not().containsText("Doorway pec stretch");
                    Browsers.assertAccessibleAtBothWidths(d, "shared-summary-revoked");
                }
            }

            // Another therapist gets no data from this therapist's chart.
            try (BrowserContext other = browsers.visitor("America/Los_Angeles")) {
                String username = "other-" + UUID.randomUUID().toString().substring(0, 8);
                Keycloak.createUser(username);
                given().auth().oauth2(Keycloak.token(username)).contentType(ContentType.JSON)
                        .body(Map.of("displayName", "Other Therapist", "timeZone", "America/Chicago"))
                        .when().post("/api/v1/directory/onboarding").then().statusCode(201);
                Page intruder = other.newPage();
                intruder.navigate(url("/practice"));
                Browsers.signInAtKeycloak(intruder, username);
                assertThat(intruder.locator("h1")).hasText("Your practice");
                String bookingId = chartUrl.replaceAll(".*/practice/bookings/([0-9a-f-]{36}).*", "$1");
                for (String path : List.of("/practice/bookings/" + bookingId, "/practice/bookings/" + bookingId + "/cancel")) {
                    Response answer = intruder.navigate(url(path));
                    assertThat(answer.status()).as(path).isIn(403, 404);
                    assertThat(intruder.locator("main")).not().containsText("Demo Client");
                    assertThat(intruder.locator("main")).not().containsText("Upper back pain");
                }
                // A client is not a therapist: the workspace answers the 403 page.
                try (BrowserContext asClient = browsers.visitor("America/Los_Angeles")) {
                    Page c = asClient.newPage();
                    c.navigate(url("/practice/schedule"));
                    Browsers.signInAtKeycloak(c, "demo-client");
                    assertThat(c.locator("main")).not().containsText("Demo Client:");
                    Response denied = c.navigate(url("/practice/bookings/" + bookingId));
                    assertThat(denied.status()).isEqualTo(403);
                }
            }
        }
    }
}
