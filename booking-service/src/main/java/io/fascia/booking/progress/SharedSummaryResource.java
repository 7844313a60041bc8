package io.fascia.booking.progress;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code GET /api/v1/booking/shared/{token}}: the summary a link opens, for whoever holds the link
 * (the client's doctor, who has no account). Never cached, never indexed.
 */
@Tag(name = "Progress summaries")
@Path("/api/v1/booking/shared/{token}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SharedSummaryResource {

    @Inject
    ProgressShares shares;

    @Operation(summary = "Open a shared progress summary",
            description = "The frozen summary behind an open link; each opening is counted for the client who shared it.")
    @APIResponseSchema(value = SharedSummary.class, responseCode = "200", responseDescription = "The summary, with until "
            + "when the link works.")
    @APIResponse(responseCode = "404", description = "No link like this exists.")
    @APIResponse(responseCode = "410", description = "The link expired or its client revoked it.")
    @GET
    public RestResponse<SharedSummary> open(@PathParam("token") @Parameter(description = "The secret part of the link.",
            schema = @Schema(type = SchemaType.STRING, minLength = ShareToken.LENGTH, maxLength = ShareToken.LENGTH,
                    pattern = ShareToken.PATTERN)) String token) {
        return RestResponse.ResponseBuilder.ok(shares.open(token))
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
