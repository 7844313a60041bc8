package io.fascia.booking.intake;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code GET /api/v1/booking/intake/needed?therapistId}: whether the signed-in client's next
 * booking with this therapist must carry an intake, so a booking page asks for it up front instead
 * of after a refused booking. The rule itself is {@link Intakes#needed}.
 */
@Tag(name = "Intake", description = "Whether a client must fill in the intake before booking with a therapist.")
@Path("/api/v1/booking/intake/needed")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    public record IntakeNeed(boolean needed) {
    }

    @Inject
    Intakes intakes;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "Is an intake needed?",
            description = "True before the client's first session with this therapist: the booking must then carry the intake.")
    @GET
    @RolesAllowed("client")
    public IntakeNeed needed(@QueryParam("therapistId") @Parameter(required = true, description = "The therapist to book with.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String therapistId) {
        UUID therapist;
        try {
            therapist = UUID.fromString(therapistId == null ? "" : therapistId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("therapistId", "is required, as a therapist's id");
        }
        return new IntakeNeed(intakes.needed(identity.getPrincipal().getName(), therapist));
    }
}
