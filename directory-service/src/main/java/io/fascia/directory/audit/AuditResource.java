package io.fascia.directory.audit;

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

import io.fascia.platform.audit.AuditLog;
import io.fascia.platform.web.QueryParams;

/**
 * The directory's audit log (credential decisions and expiry, listing suspensions), newest first;
 * admins only. Filters: {@code targetId}, {@code actor} (subject or part of the name),
 * {@code action} ({@code credential.verified} or {@code credential}), {@code from}/{@code to}
 * (instants or dates, UTC); paging by {@code page} or after an entry ({@code beforeAt} + {@code beforeId}).
 */
@Tag(name = "Admin: directory audit log",
        description = "Every admin decision on credentials and listings, newest first, read-only.")
@Path("/api/v1/directory/admin/audit")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    @Operation(summary = "The directory's audit log",
            description = "Who did what to which record, why and when, newest first. Filters combine; page with beforeAt and "
            + "beforeId to never miss or repeat an entry.")
    @GET
    public AuditLog.EntryPage list(@QueryParam("targetId") @Parameter(description = "Only entries about this record.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String targetId,
            @QueryParam("actor") @Parameter(description = "Who acted: their subject, or part of their name.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = QueryParams.TEXT_PATTERN)) String actor,
            @QueryParam("action")
            @Parameter(description = "An action such as credential.verified, or a group such as credential.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = "^[a-z.-]+$")) String action,
                    @QueryParam("from") @Parameter(description = "Entries at or after this instant.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40)) String from,
                    @QueryParam("to") @Parameter(description = "Entries before this instant.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40)) String to,
            @QueryParam("beforeAt") @Parameter(description = "With beforeId: the page after this entry (its time).",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40)) String beforeAt,
                    @QueryParam("beforeId") @Parameter(description = "With beforeAt: the page after this entry (its id).",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String beforeId,
            @QueryParam("page") @Parameter(description = "Which page, from 0.", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "0", maximum = "10000", defaultValue = "0")) String page,
                    @QueryParam("size") @Parameter(description = "How many entries a page holds.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200",
                    defaultValue = "50")) String size) {
        return log.list(targetId, actor, action, from, to, beforeAt, beforeId, page, size);
    }
}
