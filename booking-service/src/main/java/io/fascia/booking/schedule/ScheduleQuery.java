package io.fascia.booking.schedule;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.fascia.booking.booking.BookingStatus;

/**
 * The query parameters of a schedule page ({@code @BeanParam}), for the therapist's own and for an
 * admin's view of one therapist, described once; {@link ScheduleRange#parse} reads and checks them.
 */
public class ScheduleQuery {

    @QueryParam("from")
    @Parameter(description = "First day, local to the practice (default today).",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last day, inclusive (default 30 days after from; at most 366 days).",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
    public String to;

    @QueryParam("status")
    @Parameter(description = "Only sessions in this state.", schema = @Schema(implementation = BookingStatus.class))
    public String status;

    @QueryParam("page")
    public String page;

    @QueryParam("size")
    public String size;
}
