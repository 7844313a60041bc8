package io.fascia.platform.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * One page of a longer list: the items, which page this is, its size and how many there are in all.
 * The bounds are those {@link QueryParams#page} lets a caller ask for.
 */
public record Page<T>(@Size(max = QueryParams.MAX_SIZE) List<T> items, @Min(0) @Max(QueryParams.MAX_PAGE) int page,
        @Min(1) @Max(QueryParams.MAX_SIZE) int size, @Min(0) @Max(Long.MAX_VALUE) long total) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return (long) (page + 1) * size < total;
    }
}
