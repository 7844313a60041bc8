package io.fascia.platform.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * One page of a longer list, in the one shape every paged answer of Fascia has: the items, which
 * page this is, its size, whether another page follows, and how many there are in all where they
 * are counted (search alone does not count: see its results). The bounds are those
 * {@link QueryParams#page} lets a caller ask for.
 */
public record Page<T>(@Size(max = QueryParams.MAX_SIZE) List<T> items, @Min(0) @Max(QueryParams.MAX_PAGE) int page,
        @Min(1) @Max(QueryParams.MAX_SIZE) int size, @Min(0) @Max(Long.MAX_VALUE) long total, boolean hasMore) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a counted list, numbered from 0: another follows while items remain past it. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, (long) (page + 1) * size < total);
    }
}
