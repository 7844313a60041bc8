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
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

import io.fascia.directory.listing.ListingViews;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code POST /api/v1/directory/onboarding}: any signed-in user (a self-registered client) starts
 * as a therapist. 201 with the new DRAFT listing; 200 if they had one already; 503 and nothing
 * written when Keycloak cannot grant the role. The next token
 * they get carries the role {@code therapist}; the practice setting and everything else is filled
 * in afterwards with {@code PUT /api/v1/directory/listings/me}.
 */
@Path("/api/v1/directory/onboarding")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    public record OnboardingRequest(@NotBlank @Size(min = 2, max = 120) String displayName, @NotBlank String timeZone) {
    }

    @Inject
    OnboardingService onboarding;

    @Inject
    SecurityIdentity caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<ListingViews.ManagedListingView> onboard(@Valid @NotNull OnboardingRequest request) {
        OnboardingService.Onboarded result = onboarding.onboard(caller.getPrincipal().getName(), request.displayName(),
                request.timeZone());
        return RestResponse.status(result.created() ? Response.Status.CREATED : Response.Status.OK, result.listing());
    }
}
