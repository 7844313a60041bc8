package io.fascia.directory.practice;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.directory.listing.ListingRequests;
import io.fascia.platform.web.Page;
import io.fascia.platform.web.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;

/** Admins see any listing and suspend or reinstate it with a reason; they never edit its content. */
@Tag(name = "Admin: listings",
        description = "Admins find any listing, see its standing and history, and suspend or reinstate it with a reason. They "
        + "never edit its content.")
@Path("/api/v1/directory/admin/listings")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminListingResource {

    static final String SUSPEND_EXAMPLE = """
            {"reason": "Two clients reported sessions outside the listed practice setting; suspended while we review."}""";

    static final String REINSTATE_EXAMPLE = """
            {"reason": "Review closed: the practice setting is confirmed with the therapist."}""";

    @Inject
    ListingService listings;

    @Inject
    SecurityIdentity caller;

    /**
     * Finds listings by part of their name, or by their id or owner's subject, in any state; by
     * name A to Z. {@code suspended=true} lists only suspended ones.
     */
    @Operation(summary = "Find listings",
            description = "Listings in any state whose name contains `q`, or whose id or owner subject is `q`, A to Z by name. "
            + "`suspended=true` lists only suspended ones.")
    @GET
    public Page<ListingViews.ManagedListingView> find(@QueryParam("q")
            @Parameter(description = "Part of a name, a listing id or an owner subject.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = QueryParams.TEXT_PATTERN)) String q,
            @QueryParam("suspended") @Parameter(description = "true: only suspended listings.",
                    schema = @Schema(enumeration = { "true", "false" }, defaultValue = "false")) String suspended,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        String text = params.text("q", q, 200);
        boolean onlySuspended = params.choice("suspended", suspended, YesNo.class, YesNo.FALSE) == YesNo.TRUE;
        QueryParams.PageRequest paging = params.page(page, size);
        params.check();
        return listings.find(text, onlySuspended, paging.page(), paging.size());
    }

    enum YesNo {
        TRUE, FALSE
    }

    @Operation(summary = "A listing as its owner sees it",
            description = "The listing with its offerings, credentials, standing and the reasons it is not in search.")
    @GET
    @Path("/{id}")
    public ListingViews.ManagedListingView get(@PathParam("id") UUID id) {
        return listings.adminView(id);
    }

    @Operation(summary = "Suspend a listing",
            description = "Takes the listing out of search and booking at once; the reason is kept in the audit log and told to "
            + "the therapist.")
    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingViews.ManagedListingView suspend(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Why",
                    value = SUSPEND_EXAMPLE))) @Valid @NotNull ListingRequests.ReasonRequest request) {
        return listings.suspend(caller.getPrincipal().getName(), id, request.reason());
    }

    @Operation(summary = "Reinstate a suspended listing",
            description = "Returns the listing to search if it is otherwise complete; the reason is kept in the audit log and "
            + "told to the therapist.")
    @POST
    @Path("/{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingViews.ManagedListingView reinstate(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Why",
                    value = REINSTATE_EXAMPLE))) @Valid @NotNull ListingRequests.ReasonRequest request) {
        return listings.reinstate(caller.getPrincipal().getName(), id, request.reason());
    }
}
