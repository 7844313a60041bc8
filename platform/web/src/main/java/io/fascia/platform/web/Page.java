package io.fascia.platform.web;

import java.util.List;

/** One page of a longer list: the items, which page this is, its size and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return (long) (page + 1) * size < total;
    }
}
