package io.fascia.directory.onboarding;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fascia.directory.practice.ListingViews;
import io.fascia.platform.openapi.Formats;
import io.fascia.platform.web.Created;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code POST /api/v1/directory/onboarding}: any signed-in user (a self-registered client) starts
 * as a therapist. 201 with the new DRAFT listing; 200 if they had one already; 503 and nothing
 * written when Keycloak cannot grant the role. The next token
 * they get carries the role {@code therapist}; the practice setting and everything else is filled
 * in afterwards with {@code PUT /api/v1/directory/listings/me}.
 */
@Tag(name = "Onboarding",
        description = "A signed-in person becomes a therapist: a draft listing is made and the therapist role granted.")
@Path("/api/v1/directory/onboarding")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    static final String ONBOARDING_EXAMPLE = """
            {"displayName": "Maya Okafor, LMT", "timeZone": "America/Los_Angeles"}""";

    public record OnboardingRequest(@NotBlank @Size(min = 2, max = 120) String displayName,
            @NotBlank @Size(max = 64) @Schema(description = Formats.TIME_ZONE_DESCRIPTION, pattern = Formats.TIME_ZONE,
                    maxLength = 64) String timeZone) {
    }

    @Inject
    OnboardingService onboarding;

    @Inject
    SecurityIdentity caller;

    @Operation(summary = "Become a therapist",
            description = "Creates a draft listing and grants the therapist role (201); calling again returns the same listing "
            + "(200). Sign in again to use the new role.")
    @APIResponseSchema(value = ListingViews.ManagedListingView.class, responseCode = "201",
            responseDescription = "A draft listing was made.")
    @APIResponse(responseCode = "200", description = "The caller was onboarded already: their listing.",
            content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ListingViews.ManagedListingView.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ListingViews.ManagedListingView> onboard(@RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "A new therapist", value = ONBOARDING_EXAMPLE))) @Valid @NotNull OnboardingRequest request) {
        OnboardingService.Onboarded result = onboarding.onboard(caller.getPrincipal().getName(), request.displayName(),
                request.timeZone());
        return result.created() ? Created.at("/api/v1/directory/listings/me", result.listing())
                : RestResponse.ok(result.listing());
    }
}
