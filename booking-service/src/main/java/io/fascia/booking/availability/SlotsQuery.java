package io.fascia.booking.availability;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of open slots ({@code @BeanParam}), public and in the therapist's preview,
 * described once; {@link SlotsResource.SlotQuery#parse} reads and checks them.
 */
public class SlotsQuery {

    @QueryParam("offeringId")
    @Parameter(description = "The offering to book: its length sets the slots.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String offeringId;

    @QueryParam("from")
    @Parameter(description = "First day, local to the practice.",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last day, inclusive; at most 31 days after from.",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
    public String to;
}
