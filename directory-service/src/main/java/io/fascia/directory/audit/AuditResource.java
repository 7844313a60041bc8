package io.fascia.directory.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.fascia.platform.audit.AuditLog;

/**
 * The directory's audit log (credential decisions and expiry, listing suspensions), newest first;
 * admins only. Filters: {@code targetId}, {@code actor} (subject or part of the name),
 * {@code action} ({@code credential.verified} or {@code credential}), {@code from}/{@code to}
 * (instants or dates, UTC); paging by {@code page} or after an entry ({@code beforeAt} + {@code beforeId}).
 */
@Path("/api/v1/directory/admin/audit")
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
