package org.kinograph.web;

import java.util.function.Function;

/**
 * What was last computed from one page on this thread. Every web genre scores every document and
 * the winner then parses it, so the same text (the same {@code String} object) is asked for
 * several times in a row: the value computed for it is given back instead of computed again.
 *
 * @param <V> what is computed from a page
 */
final class SamePage<V> {
    private record Last<V>(String page, V value) {}

    private final ThreadLocal<Last<V>> last = new ThreadLocal<>();

    /**
     * @param page    the page's text
     * @param compute what to compute from it (when this thread's last page was another)
     * @return the value for this page
     */
    V get(String page, Function<String, V> compute) {
        Last<V> l = last.get();
        if (l != null && l.page() == page) return l.value();
        V v = compute.apply(page);
        last.set(new Last<>(page, v));
        return v;
    }
}
