package org.kinograph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what a graph says about one film (titles, years, directors, cast, runtime), row by
 * row, then builds its {@link Film}. Used for both sides of linking: the store and the target.
 */
final class FilmBuilder {
    final String iri;
    final Set<String> titles = new LinkedHashSet<>();
    final Set<Integer> years = new LinkedHashSet<>();
    final Map<String, Set<String>> directors = new LinkedHashMap<>();
    final Map<String, Set<String>> cast = new LinkedHashMap<>();
    Integer minutes;

    FilmBuilder(String iri) {
        this.iri = iri;
    }

    /** @return the film with the years collected. */
    Film build() {
        return build(Set.copyOf(years));
    }

    /** @return the film with the given years. */
    Film build(Set<Integer> filmYears) {
        return new Film(iri, List.copyOf(titles), filmYears, people(directors), people(cast), minutes);
    }

    /** People keyed by IRI; a key "literal:…" stands for a person the target names without an IRI. */
    private static List<Person> people(Map<String, Set<String>> m) {
        List<Person> out = new ArrayList<>();
        m.forEach((id, names) -> out.add(new Person(id.startsWith("literal:") ? null : id, List.copyOf(names))));
        return out;
    }
}
