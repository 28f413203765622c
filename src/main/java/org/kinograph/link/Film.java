package org.kinograph.link;

import java.util.List;
import java.util.Set;

/**
 * A film as the matcher sees it, from either side (the store, a target graph, a benchmark file).
 *
 * @param id        its IRI (or the benchmark's id as written)
 * @param titles    its titles and labels as written, first the main one
 * @param years     the years it was released (any source's), possibly empty
 * @param directors its directors
 * @param cast      its cast members
 * @param minutes   its running time in minutes, or null
 */
public record Film(String id, List<String> titles, Set<Integer> years, List<Person> directors, List<Person> cast,
        Integer minutes) {

    /** @return a film with titles and directors only (as the benchmark files give them). */
    public static Film of(String id, List<String> titles, List<Person> directors) {
        return new Film(id, titles, Set.of(), directors, List.of(), null);
    }
}
