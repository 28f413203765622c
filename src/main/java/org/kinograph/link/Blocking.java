package org.kinograph.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses which pairs are compared at all, so that the work grows about linearly with the data:
 * <ol>
 * <li>token blocking: a source and a target are compared when their normalised titles share a word
 * that is not a stop word and that at most {@code cap} target titles contain (a title made only of
 * frequent words uses its rarest one);</li>
 * <li>sorted neighbourhood: each source title is also compared with the {@code window} target titles
 * just before and after it in alphabetical order of the normalised titles, which catches titles that
 * share no whole word (a misspelt one-word title).</li>
 * </ol>
 * Each source meets at most (cap × its words + 2 × window) targets, apart from a title made only
 * of frequent words; so the work per source stops growing once the data is large enough that its
 * words reach the cap. A word in more than 20 titles says little about which film is meant.
 */
final class Blocking {
    /** The default cap: a word in more target titles than this is not a blocking key. */
    static final int DEFAULT_CAP = 20;
    /** The default sorted-neighbourhood window (targets on each side). */
    static final int DEFAULT_WINDOW = 2;

    /** Words too common to block on. */
    static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "and", "in", "on", "to", "for", "at", "by",
            "with", "from", "s", "de", "la", "le", "el", "les", "der", "die", "das", "il", "lo");

    private final int cap;
    private final int window;

    Blocking(int cap, int window) {
        this.cap = cap;
        this.window = window;
    }

    /** @return the pairs to compare, each as {@code source index << 32 | target index}, in order. */
    long[] pairs(List<PreparedFilm> sources, List<PreparedFilm> targets) {
        Set<Long> out = new HashSet<>();
        Map<String, List<Integer>> index = index(targets);
        for (int s = 0; s < sources.size(); s++) {
            for (String key : keys(sources.get(s), index)) {
                for (int t : index.get(key)) out.add(pair(s, t));
            }
        }
        neighbours(sources, targets, out);
        long[] pairs = out.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(pairs);
        return pairs;
    }

    static long pair(int source, int target) {
        return ((long) source << 32) | target;
    }

    static int source(long pair) {
        return (int) (pair >>> 32);
    }

    static int target(long pair) {
        return (int) pair;
    }

    private static Map<String, List<Integer>> index(List<PreparedFilm> films) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < films.size(); i++) {
            for (String w : words(films.get(i))) index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
        return index;
    }

    private List<String> keys(PreparedFilm film, Map<String, List<Integer>> index) {
        List<String> known = words(film).stream().filter(index::containsKey).toList();
        List<String> usable = known.stream().filter(w -> index.get(w).size() <= cap).toList();
        if (!usable.isEmpty() || known.isEmpty()) return usable;
        return List.of(Collections.min(known, (x, y) -> Integer.compare(index.get(x).size(), index.get(y).size())));
    }

    private static Set<String> words(PreparedFilm film) {
        Set<String> out = new HashSet<>();
        for (Normaliser.Title t : film.titles) {
            for (String w : t.tokens()) if (!STOP_WORDS.contains(w)) out.add(w);
        }
        return out;
    }

    private void neighbours(List<PreparedFilm> sources, List<PreparedFilm> targets, Set<Long> out) {
        record Entry(String key, int film) {}
        List<Entry> sorted = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            for (Normaliser.Title title : targets.get(t).titles) sorted.add(new Entry(title.key(), t));
        }
        sorted.sort((x, y) -> x.key().compareTo(y.key()));
        String[] keys = sorted.stream().map(Entry::key).toArray(String[]::new);
        for (int s = 0; s < sources.size(); s++) {
            for (Normaliser.Title title : sources.get(s).titles) {
                int at = Arrays.binarySearch(keys, title.key());
                int from = at >= 0 ? at : -at - 1;
                for (int i = Math.max(0, from - window); i < Math.min(keys.length, from + window); i++) {
                    out.add(pair(s, sorted.get(i).film()));
                }
            }
        }
    }
}
