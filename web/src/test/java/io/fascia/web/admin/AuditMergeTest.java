package io.fascia.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.fascia.web.api.Models;

/** Two services' logs read page by page as one: every entry once, newest first, none lost at a page edge. */
class AuditMergeTest {

    @Test
    void pagingThroughTwoLogsShowsEveryEntryOnceInOrder() {
        Instant base = Instant.parse("2026-11-28T12:00:00Z");
        // Some entries of both logs share an instant, the hard case for a page edge.
        List<Models.AuditEntry> directory = IntStream.range(0, 23).mapToObj(i -> entry(base.minusSeconds(i / 2))).toList();
        List<Models.AuditEntry> review = IntStream.range(0, 17).mapToObj(i -> entry(base.minusSeconds(i / 3))).toList();
        List<Models.AuditEntry> seen = new ArrayList<>();
        Models.AuditEntry cursor = null;
        for (int page = 0; page < 20; page++) {
            AuditPages.Merged merged = AuditPages.merge(5, List.of(after(directory, cursor, 6), after(review, cursor, 6)));
            seen.addAll(merged.shown());
            if (!merged.more()) {
                break;
            }
            cursor = merged.last();
        }
        List<Models.AuditEntry> expected = new ArrayList<>(directory);
        expected.addAll(review);
        expected.sort(AuditPages.NEWEST_FIRST);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    /** What a service answers: its entries after the cursor, newest first, at most {@code size}. */
    private static List<Models.AuditEntry> after(List<Models.AuditEntry> log, Models.AuditEntry cursor, int size) {
        Comparator<Models.AuditEntry> order = AuditPages.NEWEST_FIRST;
        return log.stream().sorted(order).filter(e -> cursor == null || order.compare(e, cursor) > 0).limit(size).toList();
    }

    private static Models.AuditEntry entry(Instant at) {
        return new Models.AuditEntry(UUID.randomUUID(), "admin", "Ada Admin", "credential.verified", "credential",
                UUID.randomUUID(), null, at);
    }
}
