package io.fascia.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;

import io.fascia.web.api.Api;
import io.fascia.web.api.Models;
import io.fascia.web.common.FormValues;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Every admin action, newest first, read-only: the directory's log (credentials, listings) and
 * review's (moderation) as one list. Each service pages its own log after a given entry; this page
 * asks both for one entry more than it shows and merges them, so no entry is lost or repeated
 * between pages.
 */
@Path("/admin/audit")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    static final int PAGE_SIZE = 25;

    /** Newest first; entries of the same instant by id, as each service orders them. */
    static final Comparator<Models.AuditEntry> NEWEST_FIRST = Comparator.comparing(Models.AuditEntry::at)
            .thenComparing(e -> e.id().toString()).reversed();

    static final Map<String, String> ACTIONS = actions();

    @Inject
    Api api;

    /** The filters as typed, and their errors. */
    public record Filters(String actor, String action, String from, String to, Map<String, String> errors) {

        public String error(String field) {
            return errors.get(field);
        }

        /** The filters as a query string, for the next page's link. */
        public String query() {
            StringBuilder query = new StringBuilder();
            append(query, "actor", actor);
            append(query, "action", action);
            append(query, "from", from);
            append(query, "to", to);
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isEmpty()) {
                query.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value,
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** One page of the merged log: what to show and whether older entries exist. */
    public record Merged(List<Models.AuditEntry> shown, boolean more) {

        public Models.AuditEntry last() {
            return shown.get(shown.size() - 1);
        }
    }

    @CheckedTemplate(basePath = "AdminPages")
    static class Templates {
        static native TemplateInstance audit(Filters filters, Map<String, String> actions, Merged page, long total,
                boolean first);
    }

    @GET
    public Response log(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("beforeAt") String beforeAt,
            @QueryParam("beforeId") String beforeId) {
        Map<String, String> errors = new LinkedHashMap<>();
        Filters filters = new Filters(FormValues.typed(actor), ACTIONS.containsKey(FormValues.typed(action)) ? FormValues.typed(action) : "", FormValues.typed(from),
                FormValues.typed(to), errors);
        LocalDate fromDay = day("from", filters.from(), errors);
        LocalDate toDay = day("to", filters.to(), errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.put("to", "must not be before the first day");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.audit(filters, ACTIONS, new Merged(List.of(), false), 0, true))
                    .build();
        }
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        put(query, "actor", filters.actor());
        put(query, "action", filters.action());
        put(query, "from", fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        put(query, "to", toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        boolean first = true;
        if (cursor(beforeAt, beforeId)) {
            put(query, "beforeAt", beforeAt.strip());
            put(query, "beforeId", beforeId.strip());
            first = false;
        }
        put(query, "size", String.valueOf(PAGE_SIZE + 1));
        Models.Paged<Models.AuditEntry> directory = api.call(c -> c.directoryAudit(query));
        Models.Paged<Models.AuditEntry> review = api.call(c -> c.reviewAudit(query));
        Merged merged = merge(PAGE_SIZE, List.of(directory.items(), review.items()));
        return Response.ok(Templates.audit(filters, ACTIONS, merged, directory.total() + review.total(), first)).build();
    }

    /**
     * The newest {@code size} entries of several logs, each given newest first with at least
     * {@code size + 1} entries when it has that many; {@code more} when any entry was left over.
     */
    static Merged merge(int size, List<List<Models.AuditEntry>> logs) {
        List<Models.AuditEntry> all = new ArrayList<>();
        logs.forEach(all::addAll);
        all.sort(NEWEST_FIRST);
        return new Merged(List.copyOf(all.subList(0, Math.min(size, all.size()))), all.size() > size);
    }

    private static boolean cursor(String at, String id) {
        if (at == null || id == null) {
            return false;
        }
        try {
            Instant.parse(at.strip());
            UUID.fromString(id.strip());
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    private static LocalDate day(String field, String value, Map<String, String> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date such as 2026-11-28");
            return null;
        }
    }

    private static void put(MultivaluedHashMap<String, String> query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.putSingle(name, value);
        }
    }

    private static Map<String, String> actions() {
        Map<String, String> actions = new LinkedHashMap<>();
        actions.put("credential", "Any credential decision");
        actions.put("credential.verified", "Credential verified");
        actions.put("credential.rejected", "Credential rejected");
        actions.put("credential.revoked", "Credential revoked");
        actions.put("credential.expired", "Credential expired (by the system)");
        actions.put("listing", "Any listing change");
        actions.put("listing.suspended", "Listing suspended");
        actions.put("listing.reinstated", "Listing reinstated");
        actions.put("comment", "Any comment decision");
        actions.put("comment.approved", "Comment approved");
        actions.put("comment.rejected", "Comment rejected");
        actions.put("reply", "Any reply decision");
        actions.put("reply.approved", "Reply approved");
        actions.put("reply.rejected", "Reply rejected");
        return java.util.Collections.unmodifiableMap(actions);
    }
}
