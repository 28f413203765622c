package org.kinograph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Reads a target's films (titles, years, running time, directors and cast with their names) through
 * a {@link SparqlService}, with the profile's patterns: all of them (a file), a page at a time
 * ({@code LIMIT}/{@code OFFSET}, for a small endpoint), or only those whose title or label equals
 * one of ours (an endpoint as large as Wikidata's). Details are asked for in {@code VALUES} blocks
 * of film IRIs.
 */
public final class TargetReader {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|2[01]\\d\\d)(?!\\d)");

    private final TargetProfile profile;
    private final SparqlService service;
    private final TargetQueries queries;
    private final int pageSize;

    /** @param pageSize films (or titles) per query when paging */
    public TargetReader(TargetProfile profile, SparqlService service, int pageSize) {
        this.profile = profile;
        this.service = service;
        this.queries = new TargetQueries(profile);
        this.pageSize = pageSize;
    }

    /** @return every film of the target, in one query per feature (for a graph read from a file). */
    public List<Film> all() {
        return details(null);
    }

    /** @return every film, the IRIs paged with LIMIT/OFFSET, the details in VALUES blocks. */
    public List<Film> scan() {
        List<String> iris = new ArrayList<>();
        for (long offset = 0;; offset += pageSize) {
            List<QuerySolution> page = service.select(queries.scan(pageSize, offset));
            page.forEach(s -> iris.add(s.getResource("film").getURI()));
            if (page.size() < pageSize) break;
        }
        return inBlocks(iris);
    }

    /** @return the films whose title or label is one of these, details included. */
    public List<Film> lookup(Collection<String> titles) {
        Set<String> iris = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(titles));
        for (int i = 0; i < all.size(); i += pageSize) {
            for (QuerySolution s : service.select(queries.lookup(all.subList(i, Math.min(all.size(), i + pageSize))))) {
                if (s.get("film").isURIResource()) iris.add(s.getResource("film").getURI());
            }
        }
        return inBlocks(new ArrayList<>(iris));
    }

    private List<Film> inBlocks(List<String> iris) {
        List<Film> out = new ArrayList<>();
        for (int i = 0; i < iris.size(); i += pageSize) out.addAll(details(iris.subList(i, Math.min(iris.size(), i + pageSize))));
        return out;
    }

    private List<Film> details(List<String> films) {
        Map<String, FilmBuilder> byIri = new LinkedHashMap<>();
        if (films != null) films.forEach(f -> byIri.put(f, new FilmBuilder(f)));
        for (QuerySolution s : service.select(queries.values("film.title", films))) {
            builder(byIri, s).titles.add(text(s.get("v")));
        }
        optional("film.date", films, byIri, (b, v) -> year(v).ifPresent(b.years::add));
        optional("film.duration", films, byIri, (b, v) -> minutes(v).ifPresent(m -> b.minutes = m));
        people("film.director", films, byIri, true);
        people("film.cast", films, byIri, false);
        return byIri.values().stream().filter(b -> !b.titles.isEmpty()).map(FilmBuilder::build).toList();
    }

    private void optional(String key, List<String> films, Map<String, FilmBuilder> byIri,
            java.util.function.BiConsumer<FilmBuilder, String> add) {
        if (profile.pattern(key).isEmpty()) return;
        for (QuerySolution s : service.select(queries.values(key, films))) add.accept(builder(byIri, s), text(s.get("v")));
    }

    private void people(String key, List<String> films, Map<String, FilmBuilder> byIri, boolean directors) {
        if (profile.pattern(key).isEmpty()) return;
        for (QuerySolution s : service.select(queries.people(key, films))) {
            FilmBuilder b = builder(byIri, s);
            Map<String, Set<String>> people = directors ? b.directors : b.cast;
            RDFNode p = s.get("person");
            String id = p.isURIResource() ? p.asResource().getURI() : "literal:" + text(p);
            Set<String> names = people.computeIfAbsent(id, k -> new LinkedHashSet<>());
            if (s.contains("name")) names.add(text(s.get("name")));
            if (p.isLiteral()) names.add(text(p));
        }
    }

    private static FilmBuilder builder(Map<String, FilmBuilder> byIri, QuerySolution s) {
        String iri = s.getResource("film").getURI();
        return byIri.computeIfAbsent(iri, FilmBuilder::new);
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    /** @return the first plausible year in a date as written ("2001-07-20", "2001,2001-11-27"). */
    static java.util.Optional<Integer> year(String date) {
        Matcher m = YEAR.matcher(date);
        return m.find() ? java.util.Optional.of(Integer.valueOf(m.group(1))) : java.util.Optional.empty();
    }

    private java.util.Optional<Integer> minutes(String value) {
        try {
            double v = Double.parseDouble(value.trim());
            double m = profile.durationUnit().equals("second") ? v / 60 : v;
            return m > 0 ? java.util.Optional.of((int) Math.round(m)) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

}
