package io.fascia.platform.problem;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Endpoints that fail in each way the mappers must handle; exists only in this module's tests. */
@Path("/probe")
public class ProbeResource {

    public record Intake(@NotBlank String condition, @NotNull @Min(0) @Max(10) Integer painNow,
            @NotEmpty List<@Size(max = 20) String> regions) {
    }

    @POST
    @Path("/intake")
    public Intake intake(@Valid @NotNull Intake intake) {
        return intake;
    }

    public enum Kind {
        INITIAL_ASSESSMENT, FOLLOW_UP
    }

    public record Visit(@NotNull Kind kind, String note) {
    }

    @POST
    @Path("/visit")
    public Visit visit(@Valid @NotNull Visit visit) {
        return visit;
    }

    @GET
    @Path("/page")
    public String page(@QueryParam("limit") @Max(100) int limit) {
        return "ok";
    }

    @GET
    @Path("/missing")
    public String missing() {
        throw ProblemException.notFound("No therapist with id 42.");
    }

    @GET
    @Path("/taken")
    public String taken() {
        throw ProblemException.conflict("That slot was just booked by someone else.");
    }

    @GET
    @Path("/database-down")
    public String databaseDown() {
        throw new IllegalStateException("could not prepare statement",
                new java.sql.SQLException("Connection to localhost:5432 refused", "08001"));
    }

    @GET
    @Path("/broken")
    public String broken() {
        throw new IllegalStateException("connection string with secret internals");
    }

    @GET
    @Path("/admin")
    @RolesAllowed("admin")
    public String admin() {
        return "ok";
    }
}
