package org.kinograph.link;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.tdb2.TDB2;
import org.kinograph.store.KinographStore;
import org.kinograph.store.QueryRunner;
import org.kinograph.vocab.Ids;

/**
 * The films of the store as the matcher sees them, read from the union of all document graphs:
 * names and other names, first release years, running time, and directors and cast with their
 * names. A film whose IRI is the one minted for one of its names and a year ({@code film/<slug>-<year>})
 * has that year even when no document gave a release date.
 */
public final class StoreFilms {
    private static final String TITLES = "SELECT ?film ?v WHERE { ?film a schema:Movie . "
            + "{ ?film schema:name ?v } UNION { ?film schema:alternateName ?v } }";
    private static final String DATES = "SELECT ?film ?v WHERE { ?film a schema:Movie ; schema:datePublished ?v }";
    private static final String DURATIONS = "SELECT ?film ?v WHERE { ?film a schema:Movie ; schema:duration ?v }";
    private static final String PEOPLE = "SELECT ?film ?person ?name WHERE { ?film a schema:Movie ; %s ?person . "
            + "OPTIONAL { ?person schema:name ?name } FILTER(isIRI(?person)) }";

    private StoreFilms() {}

    /** @return the store's films, in IRI order. */
    public static List<Film> read(KinographStore store, Ids ids) {
        return store.dataset().calculateRead(() -> {
            Map<String, FilmBuilder> films = new java.util.TreeMap<>();
            each(store, TITLES, s -> builder(films, s).titles.add(s.getLiteral("v").getLexicalForm()));
            each(store, DATES, s -> TargetReader.year(s.getLiteral("v").getLexicalForm()).ifPresent(builder(films, s).years::add));
            each(store, DURATIONS, s -> minutes(s.getLiteral("v").getLexicalForm()).ifPresent(m -> builder(films, s).minutes = m));
            each(store, String.format(PEOPLE, "schema:director"), s -> person(builder(films, s).directors, s));
            each(store, String.format(PEOPLE, "schema:actor"), s -> person(builder(films, s).cast, s));
            List<Film> out = new ArrayList<>();
            for (FilmBuilder b : films.values()) if (!b.titles.isEmpty()) out.add(film(b, ids));
            return out;
        });
    }

    private static void each(KinographStore store, String query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(QueryRunner.parse(query))
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    private static FilmBuilder builder(Map<String, FilmBuilder> films, QuerySolution s) {
        return films.computeIfAbsent(s.getResource("film").getURI(), FilmBuilder::new);
    }

    private static void person(Map<String, Set<String>> people, QuerySolution s) {
        Set<String> names = people.computeIfAbsent(s.getResource("person").getURI(), k -> new LinkedHashSet<>());
        if (s.contains("name")) names.add(s.getLiteral("name").getLexicalForm());
    }

    private static java.util.Optional<Integer> minutes(String isoDuration) {
        try {
            long m = java.time.Duration.parse(isoDuration).toMinutes();
            return m > 0 ? java.util.Optional.of((int) m) : java.util.Optional.empty();
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** @return the film, its year taken from its IRI when the documents gave none. */
    private static Film film(FilmBuilder b, Ids ids) {
        Set<Integer> y = new LinkedHashSet<>(b.years);
        if (y.isEmpty()) yearOfIri(b, ids).ifPresent(y::add);
        return b.build(y);
    }

    /** The year in the film's IRI, when the IRI is the one minted for one of its titles and that year. */
    private static java.util.Optional<Integer> yearOfIri(FilmBuilder b, Ids ids) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-(\\d{4})$").matcher(b.iri);
        if (!m.find()) return java.util.Optional.empty();
        for (String t : b.titles) {
            if (ids.film(t, m.group(1)).getURI().equals(b.iri)) return java.util.Optional.of(Integer.valueOf(m.group(1)));
        }
        return java.util.Optional.empty();
    }
}
