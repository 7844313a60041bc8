package io.fascia.directory.audit;

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
    public AuditLog.EntryPage list(@BeanParam AuditQuery query) {
        return log.list(query);
    }
}
