package org.kinograph.bench;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Ten typical queries over a served store, filled in with films sampled from it: point lookups
 * (a film's description, its type, films by exact name), a film's cast, director, reviews and
 * sources, a director's other films, and two counts.
 */
public final class QueryMix {
    private static final String PREFIXES = "PREFIX schema: <http://schema.org/>\n";
    private static final int POINT_LOOKUPS = 3;
    private static final String[] TEMPLATES = {
        "SELECT ?p ?o WHERE { $F ?p ?o } LIMIT 200",
        "ASK { $F a schema:Movie }",
        "SELECT ?f WHERE { ?f schema:name $N ; a schema:Movie }",
        "SELECT ?actor ?name WHERE { $F schema:actor ?actor . OPTIONAL { ?actor schema:name ?name } } LIMIT 200",
        "SELECT ?d ?name WHERE { $F schema:director ?d . OPTIONAL { ?d schema:name ?name } }",
        "SELECT ?r ?body WHERE { ?r schema:itemReviewed $F . OPTIONAL { ?r schema:reviewBody ?body } } LIMIT 50",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { $F ?p ?o } } GROUP BY ?g LIMIT 50",
        "SELECT DISTINCT ?other WHERE { $F schema:director ?d . ?other schema:director ?d } LIMIT 50",
        "SELECT (COUNT(?a) AS ?n) WHERE { $F schema:actor ?a }",
        "SELECT (COUNT(?r) AS ?n) WHERE { ?r schema:itemReviewed $F }",
    };

    /** A sampled film: its IRI and one of its names, as SPARQL terms. */
    record Film(String iri, String name) {}

    private final List<Film> films;

    private QueryMix(List<Film> films) {
        this.films = films;
    }

    /**
     * Samples films from a store (its document graphs, read in one read transaction).
     *
     * @param dataset the store's dataset
     * @param max     the most films to sample
     * @return the mix
     * @throws IllegalStateException when the store holds no film
     */
    public static QueryMix sample(Dataset dataset, int max) {
        String q = PREFIXES + "SELECT ?f (SAMPLE(?n) AS ?name) WHERE { GRAPH ?g { ?f a schema:Movie ; schema:name ?n } }"
                + " GROUP BY ?f LIMIT " + max;
        List<Film> films = new ArrayList<>();
        dataset.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) films.add(film(rs.next()));
            }
        });
        if (films.isEmpty()) throw new IllegalStateException("no film in the store to query");
        return new QueryMix(films);
    }

    private static Film film(QuerySolution s) {
        Node f = s.get("f").asNode();
        Node n = s.get("name").asNode();
        return new Film(FmtUtils.stringForNode(f), FmtUtils.stringForNode(n));
    }

    /** @return the number of distinct queries in the mix */
    public static int size() {
        return TEMPLATES.length;
    }

    /** @return the i-th request's query: query i mod 10, about sampled film (i / 10) mod films */
    public String query(int i) {
        Film f = films.get((i / TEMPLATES.length) % films.size());
        return PREFIXES + TEMPLATES[i % TEMPLATES.length].replace("$F", f.iri()).replace("$N", f.name());
    }

    /** @return whether the i-th request is a point lookup (a film by IRI or by exact name) */
    public boolean isPointLookup(int i) {
        return i % TEMPLATES.length < POINT_LOOKUPS;
    }

    /** @return how many films were sampled */
    public int films() {
        return films.size();
    }
}
