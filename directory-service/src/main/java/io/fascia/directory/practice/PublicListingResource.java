package io.fascia.directory.practice;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.platform.problem.ProblemException;

/**
 * A listing's public page. Anyone may read a listing clients are allowed to see; any other
 * listing does not exist as far as they can tell (404, never 403, so nothing leaks).
 */
@Tag(name = "Listings",
        description = "Public profiles of published therapists: training, techniques, offerings with prices, practice location "
        + "and verified badges.")
@Path("/api/v1/directory/listings/{id}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicListingResource {

    @Inject
    ListingService listings;

    @Operation(summary = "A therapist's public profile",
            description = "Only published, unsuspended listings are found; anything else answers 404.")
    @GET
    public ListingViews.PublicListingView get(@PathParam("id") UUID id) {
        return listings.publicView(id)
                .orElseThrow(() -> ProblemException.notFound("There is no published listing " + id + "."));
    }
}
