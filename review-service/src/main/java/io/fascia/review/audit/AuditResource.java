package io.fascia.review.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.platform.audit.AuditLog;
import io.fascia.platform.audit.AuditQuery;

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
    public AuditLog.EntryPage list(@BeanParam AuditQuery query) {
        return log.list(query);
    }
}
