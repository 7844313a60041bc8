package io.fascia.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.fascia.system.ApiSteps.allWeek;
import static io.fascia.system.ApiSteps.as;
import static io.fascia.system.ApiSteps.book;
import static io.fascia.system.ApiSteps.profile;
import static io.fascia.system.ApiSteps.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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

import io.restassured.http.ContentType;

/**
 * The admin console in a real browser through the gateway. demo-admin opens the oldest submitted
 * licence with its document beside it and verifies it, moves through the queue by keyboard to a new
 * therapist's licence and verifies that too (the badge appears on the public page); rejects a
 * certificate (an empty reason is refused; the reason reaches the therapist's credentials page);
 * approves a comment flagged for a phone number and rejects another; suspends and reinstates a
 * listing; and finds every action in the audit log under their name. demo-client and
 * demo-therapist get the 403 page on every admin URL, the document's included. axe on every page.
 */
class AdminConsoleIT extends BrowserTest {

    private static final Duration EVENTS = Duration.ofSeconds(60);

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void adminsDecideCarefullyAndEveryDecisionIsInTheAuditLog() {
        // Letters only: a run of digits in a comment would read as a phone number to the screening (flaky flags).
        String suffix = UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                .collect(java.util.stream.Collectors.joining());
        String name = "Olga Brandt " + suffix + ", LMT";
        String username = "admin-console-" + suffix;
        Keycloak.createUser(username);
        given().auth().oauth2(Keycloak.token(username)).contentType(ContentType.JSON)
                .body(Map.of("displayName", name, "timeZone", "America/Los_Angeles"))
                .when().post("/api/v1/directory/onboarding").then().statusCode(201);
        String therapist = Keycloak.token(username);
        String listingId = as(therapist).contentType(ContentType.JSON).body(profile(name))
                .when().put("/api/v1/directory/listings/me").then().statusCode(200).extract().path("listing.id");
        as(therapist).contentType(ContentType.JSON).body(Map.of("kind", "FOLLOW_UP", "title", "Medical massage", "minutes",
                60, "price", 120, "currency", "USD", "sessionType", "MEDICAL"))
                .when().post("/api/v1/directory/listings/me/offerings").then().statusCode(201);
        as(therapist).when().post("/api/v1/directory/listings/me/publish").then().statusCode(200);
        String licence = submit(therapist, Map.of("type", "LICENSE", "issuer", "Oregon Board of Massage Therapists",
                "jurisdiction", "OR", "number", "LMT-" + suffix, "issuedOn", LocalDate.now().minusYears(2).toString(),
                "expiresOn", LocalDate.now().plusYears(1).toString()));
        String certificate = submit(therapist, Map.of("type", "MEDICAL_MASSAGE_CERTIFICATE", "issuer",
                "Institute of Medical Massage", "number", "MM-" + suffix, "issuedOn", LocalDate.now().minusYears(1).toString()));

        try (BrowserContext context = browsers.visitor("America/Los_Angeles")) {
            Page page = context.newPage();
            page.navigate(url("/admin"));
            Browsers.signInAtKeycloak(page, "demo-admin");
            assertThat(page.locator("h1")).hasText("Admin");
            Browsers.assertAccessibleAtBothWidths(page, "admin-overview");

            // The queue: licences only, oldest first, with how long the oldest has waited.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the queue")).click();
            page.getByLabel("Kind").selectOption("LICENSE");
            button(page, "Show").click();
            page.waitForURL(u -> u.contains("type=LICENSE"));
            assertThat(page.locator("#oldest")).containsText("The oldest has waited");
            Locator rows = page.locator("table.queue tbody tr");
            assertThat(rows.first()).isVisible();
            Browsers.assertAccessibleAtBothWidths(page, "admin-credential-queue");

            // The oldest, with its document beside the fields; verified as the document says.
            rows.first().getByRole(AriaRole.LINK).click();
            page.waitForURL(Pattern.compile(".*/admin/credentials/[0-9a-f-]{36}\\?.*"));
            String oldest = page.url().replaceAll(".*/admin/credentials/([0-9a-f-]{36}).*", "$1");
            assertThat(page.locator("iframe.document")).isVisible();
            com.microsoft.playwright.APIResponse document = page.request().get(url("/admin/credentials/" + oldest + "/document"));
            assertThat(document.status()).isEqualTo(200);
            assertThat(document.headers().get("content-type")).startsWith("application/pdf");
            assertThat(document.headers().get("content-disposition")).startsWith("inline");
            // One policy, and it lets our own page frame the document (nothing else may).
            assertThat(document.headersArray().stream().filter(h -> h.name.equalsIgnoreCase("content-security-policy"))
                    .map(h -> h.value).toList()).singleElement().asString().contains("frame-ancestors 'self'");
            assertThat(document.headersArray().stream().filter(h -> h.name.equalsIgnoreCase("x-frame-options"))
                    .map(h -> h.value).toList()).containsOnly("SAMEORIGIN");
            assertThat(new String(document.body(), java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF");
            assertThat(page.locator(".facts-pane")).containsText("As submitted");
            assertThat(page.locator(".facts-pane")).containsText("The listing");
            Browsers.assertAccessibleAtBothWidths(page, "admin-credential-review");
            boolean oldestIsOurs = page.locator("h1").textContent().contains(name);
            button(page, "Verify").click();

            // After a decision the next one opens; the keyboard moves on to the new therapist's licence.
            if (!oldestIsOurs) {
                for (int i = 0; i < 50 && !page.locator("h1").textContent().contains(name); i++) {
                    assertThat(page.locator(".notice")).containsText("next credential in the queue");
                    String before = page.url();
                    page.locator("body").focus();
                    page.keyboard().press("n");
                    page.waitForURL(u -> !u.equals(before) && !u.contains("/next"));
                }
                assertThat(page.locator("h1")).containsText(name);
                assertThat(page).hasURL(Pattern.compile(".*/admin/credentials/" + licence + ".*"));
                page.locator("body").focus();
                page.keyboard().press("v");
                assertThat(button(page, "Verify")).isFocused();
                page.keyboard().press("Enter");
                page.waitForURL(u -> !u.contains(licence));
            }
            Response publicPage = page.navigate(url("/therapists/" + listingId));
            assertThat(publicPage.status()).isEqualTo(200);
            assertThat(page.locator("main")).containsText("Licensed");

            // A rejection needs a reason; the field says so, and nothing is decided.
            page.navigate(url("/admin/credentials/" + certificate));
            button(page, "Reject").click();
            assertThat(page.locator("#reason")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#reason-error")).containsText("required");
            assertThat(page.locator(".status").first()).containsText("submitted");
            Browsers.assertAccessibleAtBothWidths(page, "admin-credential-reject-refused");
            page.getByLabel("Reason for rejecting").fill("The certificate's name does not match the listing; upload the one "
                    + "issued to you.");
            button(page, "Reject").click();
            page.waitForURL(u -> !u.contains(certificate));

            // A listing: found by name, suspended and reinstated, each with a reason.
            page.navigate(url("/admin/listings"));
            page.getByLabel("Name, listing id or owner's account id").fill("Olga Brandt " + suffix);
            button(page, "Find").click();
            assertThat(page.locator("#results-heading")).hasText("1 listing found");
            Browsers.assertAccessibleAtBothWidths(page, "admin-listings");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
            button(page, "Suspend this listing").click();
            assertThat(page.locator("#reason-error")).isVisible();
            page.getByLabel("Reason").fill("Complaint from the board under review");
            button(page, "Suspend this listing").click();
            assertThat(page.locator(".notice")).containsText("Suspended");
            given().when().get("/api/v1/directory/listings/" + listingId).then().statusCode(404);
            Browsers.assertAccessibleAtBothWidths(page, "admin-listing-suspended");
            page.getByLabel("Reason").fill("The board closed the complaint");
            button(page, "Reinstate this listing").click();
            assertThat(page.locator(".notice")).containsText("Reinstated");
            given().when().get("/api/v1/directory/listings/" + listingId).then().statusCode(200);
        }

        // The therapist reads the rejection's reason on their credentials page, and sees their own document.
        try (BrowserContext context = browsers.visitor("America/Los_Angeles")) {
            Page page = context.newPage();
            page.navigate(url("/practice/credentials"));
            Browsers.signInAtKeycloak(page, username);
            assertThat(page.locator("#layer-MEDICAL_MASSAGE_CERTIFICATE")).containsText("Rejected: The certificate's name does "
                    + "not match");
            assertThat(page.locator("#layer-LICENSE")).containsText("Verified");
            com.microsoft.playwright.APIResponse own = page.request().get(url("/practice/credentials/" + licence + "/document"));
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.headers().get("content-disposition")).startsWith("inline");
        }

        // Two clients review their sessions with comments; both wait for moderation.
        String flagged = "Found the knot nobody else did (" + suffix + "). Call me on 503 555 0199 if you want to compare notes.";
        String plain = "Rushed at the end, but my shoulder is better " + suffix + ".";
        reviewedSession(therapist, listingId, "admin-console-client-" + suffix, flagged, 2);
        reviewedSession(therapist, listingId, "admin-console-other-" + suffix, plain, 4);

        try (BrowserContext context = browsers.visitor("America/Los_Angeles")) {
            Page page = context.newPage();
            page.navigate(url("/admin/moderation?kind=comment"));
            Browsers.signInAtKeycloak(page, "demo-admin");
            Locator flaggedCard = page.locator("li.card").filter(new Locator.FilterOptions().setHasText(suffix + "). Call me"));
            assertThat(flaggedCard.locator(".flags")).containsText("phone number");
            assertThat(flaggedCard.locator("mark[title='phone number']")).containsText("503 555 0199");
            Browsers.assertAccessibleAtBothWidths(page, "admin-moderation");
            button(flaggedCard, "Approve").click();
            assertThat(page.locator(".notice")).containsText("Approved");

            Locator plainCard = page.locator("li.card").filter(new Locator.FilterOptions().setHasText(plain));
            button(plainCard, "Reject").click();
            plainCard = page.locator("li.card").filter(new Locator.FilterOptions().setHasText(plain));
            assertThat(plainCard.locator(".error")).containsText("required");
            plainCard.getByLabel("Reason for rejecting").fill("Names a body part in a way that could identify the client");
            button(plainCard, "Reject").click();
            assertThat(page.locator(".notice")).containsText("Rejected");

            page.navigate(url("/therapists/" + listingId));
            assertThat(page.locator("main")).containsText("(" + suffix + "). Call me on 503 555 0199");
            assertThat(page.locator("main")).not().containsText(plain);

            // Every action is in the log under the admin's name.
            page.navigate(url("/admin/audit"));
            page.getByLabel("Who (name or account id)").fill("Ada");
            page.getByLabel("What").selectOption("credential.verified");
            button(page, "Filter").click();
            Locator ours = page.locator("table.audit tbody tr").filter(new Locator.FilterOptions()
                    .setHas(page.locator("a[href='/admin/credentials/" + licence + "']")));
            assertThat(ours).containsText("Ada Admin");
            assertThat(ours).containsText("Credential verified");
            Browsers.assertAccessibleAtBothWidths(page, "admin-audit");
            page.navigate(url("/admin/audit?action=comment"));
            assertThat(page.locator("table.audit")).containsText("Comment approved");
            assertThat(page.locator("table.audit")).containsText("Comment rejected");
            page.navigate(url("/admin/audit?action=listing"));
            assertThat(page.locator("table.audit")).containsText("Complaint from the board under review");
        }

        // Nobody else gets in: the 403 page and no data, the document included.
        List<String> adminUrls = List.of("/admin", "/admin/credentials", "/admin/credentials/" + licence,
                "/admin/credentials/" + licence + "/document", "/admin/listings?q=Olga", "/admin/listings/" + listingId,
                "/admin/moderation", "/admin/audit");
        for (String person : List.of("demo-client", "demo-therapist")) {
            try (BrowserContext context = browsers.visitor("America/Los_Angeles")) {
                Page page = context.newPage();
                page.navigate(url("/"));
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
                Browsers.signInAtKeycloak(page, person);
                for (String path : adminUrls) {
                    Response answer = page.navigate(url(path));
                    assertThat(answer.status()).as(person + " " + path).isEqualTo(403);
                    assertThat(page.locator("h1")).hasText("You can't do that here");
                    assertThat(page.locator("main")).not().containsText(name);
                    assertThat(page.locator("main")).not().containsText("LMT-" + suffix);
                }
                Browsers.assertAccessible(page, "forbidden for " + person);
                if (person.equals("demo-therapist")) {
                    Response other = page.navigate(url("/practice/credentials/" + licence + "/document"));
                    assertThat(other.status()).isEqualTo(404);
                }
            }
        }
    }

    /** A client books the therapist, the session takes place and is completed, and the client reviews it. */
    private static void reviewedSession(String therapist, String listingId, String clientName, String comment,
            int hoursAgo) {
        await().atMost(EVENTS).pollInterval(Duration.ofMillis(500)).until(() -> as(therapist).contentType(ContentType.JSON)
                .body(allWeek()).when().put("/api/v1/booking/availability/me").statusCode() == 200);
        String offering = given().when().get("/api/v1/directory/listings/" + listingId)
                .then().statusCode(200).extract().path("offerings[0].id");
        Keycloak.createUser(clientName);
        String client = Keycloak.token(clientName);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String start = given().queryParam("offeringId", offering).queryParam("from", tomorrow.toString())
                .queryParam("to", tomorrow.plusDays(6).toString())
                .when().get("/api/v1/booking/therapists/" + listingId + "/slots")
                .then().statusCode(200).extract().path("starts[0]");
        String bookingId = book(client, listingId, offering, start).then().statusCode(201).extract().path("id");
        ApiSteps.moveIntoThePast(bookingId, hoursAgo);
        as(therapist).when().post("/api/v1/booking/schedule/bookings/" + bookingId + "/complete")
                .then().log().ifValidationFails().statusCode(200);
        await().atMost(EVENTS).pollInterval(Duration.ofMillis(500)).until(() -> as(client)
                .when().get("/api/v1/review/sessions/reviewable").then().extract().<List<String>> path("bookingId")
                .contains(bookingId));
        as(client).contentType(ContentType.JSON).body(Map.of("painAfter", 3, "sorenessDays", 1, "pgic", 6,
                "assessedBeforeTreatment", true, "planDiscussed", true, "homecareAssigned", true, "wouldRecommend", true,
                "comment", comment))
                .when().post("/api/v1/review/sessions/" + bookingId + "/review")
                .then().log().ifValidationFails().statusCode(201);
    }
}
