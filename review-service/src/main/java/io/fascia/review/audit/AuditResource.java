package io.fascia.review.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.fascia.platform.audit.AuditLog;

/**
 * Review's audit log (moderation decisions on comments and replies), newest first; admins only.
 * Same filters and paging as the directory's log, so the admin console can list both as one.
 */
@Path("/api/v1/review/admin/audit")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    public AuditLog.EntryPage list(@QueryParam("targetId") String targetId, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("beforeAt") String beforeAt, @QueryParam("beforeId") String beforeId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return log.list(targetId, actor, action, from, to, beforeAt, beforeId, page, size);
    }
}
