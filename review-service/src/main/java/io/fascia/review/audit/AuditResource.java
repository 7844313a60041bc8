package io.fascia.review.audit;

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
 * Review's audit log (moderation decisions on comments and replies), newest first; admins only.
 * Same filters and paging as the directory's log, so the admin console can list both as one.
 */
@Tag(name = "Admin: review audit log", description = "Every moderation decision, newest first, read-only.")
@Path("/api/v1/review/admin/audit")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    @Operation(summary = "The review service's audit log",
            description = "Who decided what on which text, why and when, newest first. Filters combine; page with beforeAt and "
            + "beforeId to never miss or repeat an entry.")
    @GET
    public AuditLog.EntryPage list(@QueryParam("targetId") @Parameter(description = "Only entries about this record.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String targetId,
            @QueryParam("actor") @Parameter(description = "Who acted: their subject, or part of their name.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = QueryParams.TEXT_PATTERN)) String actor,
            @QueryParam("action") @Parameter(description = "An action such as comment.approved, or a group such as comment.",
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
