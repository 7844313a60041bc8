package io.fascia.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.web.QueryParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * Reads the audit log newest first. Entries are ordered by time and then id, and a page may start
 * after a given entry ({@code before}), so logs of several services can be merged into one list
 * without losing or repeating an entry at a page boundary.
 */
@ApplicationScoped
public class AuditLog {

    /**
     * What to list. Every field may be null.
     *
     * @param actor   the actor's subject, or part of their name (any case)
     * @param action  an action such as {@code credential.verified}, or its first part ({@code credential})
     * @param from    entries at or after this instant
     * @param to      entries before this instant
     * @param before  the entry a page continues after: its time and id
     */
    public record Query(UUID targetId, String actor, String action, Instant from, Instant to, Cursor before) {

        /** Reads the query parameters every audit endpoint takes; errors are collected in {@code params}. */
        public static Query parse(QueryParams params, String targetId, String actor, String action, String from,
                String to, String beforeAt, String beforeId) {
            Instant cursorAt = params.instant("beforeAt", beforeAt);
            UUID cursorId = params.uuid("beforeId", beforeId);
            if ((cursorAt == null) != (cursorId == null)) {
                params.reject("beforeId", "beforeAt and beforeId go together");
            }
            return new Query(params.uuid("targetId", targetId), params.text("actor", actor, 200),
                    params.text("action", action, 100), params.instant("from", from), params.instant("to", to),
                    cursorAt == null || cursorId == null ? null : new Cursor(cursorAt, cursorId));
        }
    }

    /** An entry's position in the log. */
    public record Cursor(Instant at, UUID id) {
    }

    public record EntryView(UUID id, @Size(max = Bounds.SUBJECT) String actor, @Size(max = Bounds.PERSON_NAME) String actorName,
            @Size(max = AuditTrail.ACTION_MAX) @Schema(pattern = AuditTrail.ACTION) String action,
            @Size(max = AuditTrail.TARGET_TYPE_MAX) String targetType, UUID targetId,
            @Size(max = AuditTrail.REASON_MAX) String reason,
            Instant at) {
    }

    /** The longest page of the log. */
    public static final int MAX_SIZE = 200;

    /** {@code page} counts from 0 when paging by number; with a cursor it stays 0. */
    /** The shape of {@link io.fascia.platform.web.Page}, with the log's own size bound. */
    public record EntryPage(@Size(max = MAX_SIZE) List<EntryView> items, @Min(0) @Max(QueryParams.MAX_PAGE) int page,
            @Min(1) @Max(MAX_SIZE) int size, @Min(0) @Max(Long.MAX_VALUE) long total, boolean hasMore) {
    }

    /**
     * The log as an audit endpoint's query parameters ask for it: {@code targetId}, {@code actor}
     * (subject or part of the name), {@code action} ({@code credential.verified} or
     * {@code credential}), {@code from}/{@code to} (instants, or dates meaning UTC midnight), and
     * paging by {@code page} (from 0) and {@code size} (1 to 200, default 50) or, for a page after
     * an entry, {@code beforeAt} with {@code beforeId}. Bad parameters are a 400 problem.
     */
    public EntryPage list(AuditQuery asked) {
        QueryParams params = new QueryParams();
        Query query = Query.parse(params, asked.targetId, asked.actor, asked.action, asked.from, asked.to, asked.beforeAt,
                asked.beforeId);
        int pageNumber = params.integer("page", asked.page, 0, 0, QueryParams.MAX_PAGE);
        int pageSize = params.integer("size", asked.size, 50, 1, MAX_SIZE);
        params.check();
        return list(query, pageNumber, pageSize);
    }

    @Transactional
    public EntryPage list(Query query, int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.targetId() != null) {
            params.add(query.targetId());
            where.add("targetId = ?" + params.size());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            params.add(query.actor().strip());
            params.add("%" + query.actor().strip().toLowerCase(Locale.ROOT) + "%");
            where.add("(actor = ?" + (params.size() - 1) + " or lower(actorName) like ?" + params.size() + ")");
        }
        if (query.action() != null && !query.action().isBlank()) {
            params.add(query.action().strip());
            params.add(query.action().strip() + ".%");
            where.add("(action = ?" + (params.size() - 1) + " or action like ?" + params.size() + ")");
        }
        if (query.from() != null) {
            params.add(query.from());
            where.add("at >= ?" + params.size());
        }
        if (query.to() != null) {
            params.add(query.to());
            where.add("at < ?" + params.size());
        }
        long total = AuditEntry.count(where.isEmpty() ? "1 = 1" : String.join(" and ", where), params.toArray());
        if (query.before() != null) {
            params.add(query.before().at());
            params.add(query.before().id());
            where.add("(at < ?" + (params.size() - 1) + " or (at = ?" + (params.size() - 1) + " and id < ?" + params.size() + "))");
        }
        PanacheQuery<AuditEntry> found = AuditEntry.find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                Sort.descending("at", "id"), params.toArray());
        // One entry more than asked for says whether another page follows, by number or after a cursor alike.
        int number = query.before() == null ? page : 0;
        List<EntryView> items = found.range(number * size, number * size + size).list().stream()
                .map(e -> new EntryView(e.id, e.actor, e.actorName, e.action, e.targetType, e.targetId, e.reason, e.at))
                .toList();
        boolean hasMore = items.size() > size;
        return new EntryPage(hasMore ? items.subList(0, size) : items, number, size, total, hasMore);
    }
}
