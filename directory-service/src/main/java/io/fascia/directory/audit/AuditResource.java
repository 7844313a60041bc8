package io.fascia.directory.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The audit log, newest first; admins only. */
@Path("/api/v1/directory/admin/audit")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record AuditEntryView(UUID id, String actor, String action, String targetType, UUID targetId, String reason,
            Instant at) {
    }

    public record AuditPage(List<AuditEntryView> items, int page, int size, long total) {
    }

    @GET
    public AuditPage list(@QueryParam("targetId") UUID targetId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        var query = targetId == null
                ? AuditEntry.<AuditEntry> findAll(Sort.descending("at", "id"))
                : AuditEntry.<AuditEntry> find("targetId", Sort.descending("at", "id"), targetId);
        List<AuditEntryView> items = query.page(Page.of(page, size)).list().stream()
                .map(e -> new AuditEntryView(e.id, e.actor, e.action, e.targetType, e.targetId, e.reason, e.at))
                .toList();
        return new AuditPage(items, page, size, query.count());
    }
}
