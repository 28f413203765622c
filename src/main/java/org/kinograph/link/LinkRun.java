package org.kinograph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.kinograph.prov.MetaGraph;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;

/**
 * One run of {@code kinograph link}: read the store's films, read the target's candidates (a file,
 * or an endpoint by title lookup or full scan), match them, add direct evidence and people, and
 * replace the target's link graph in one write transaction. Nothing is written until every
 * candidate has been read, so a target that fails leaves the previous links as they were.
 */
public final class LinkRun {
    /** The method of a film link found by matching. */
    public static final String FILM_MATCH = "link/film-match";

    /** How the target's candidates are read. */
    public enum Fetch {
        /** Only films whose title or label equals one of ours (for large endpoints such as Wikidata's). */
        LOOKUP,
        /** Every film, paged with LIMIT/OFFSET (for small endpoints). */
        SCAN
    }

    /**
     * What a run found and wrote.
     *
     * @param films       our films
     * @param candidates  target films read
     * @param comparisons film pairs scored
     * @param links       the links written (films and people)
     * @param graph       the link graph replaced
     */
    public record Report(int films, int candidates, long comparisons, List<Link> links, Node graph) {
        /** @return how many links (triples; a pair found by two methods counts once) have an outcome. */
        public long count(Outcome o) {
            return links.stream().filter(l -> l.outcome() == o).map(l -> l.subject() + " " + l.object()).distinct().count();
        }
    }

    private final KinographStore store;
    private final Ids ids;
    private final TargetProfile profile;
    private final Thresholds thresholds;

    /** @param store the store; @param ids IRI minting; @param profile the target; @param thresholds accept and review */
    public LinkRun(KinographStore store, Ids ids, TargetProfile profile, Thresholds thresholds) {
        this.store = store;
        this.ids = ids;
        this.profile = profile;
        this.thresholds = thresholds;
    }

    /**
     * Links the store to the target.
     *
     * @param reader   reads the target's films, or null for direct evidence only
     * @param fetch    how ({@link Fetch#LOOKUP} applies to endpoints; a file is read whole)
     * @param source   the endpoint URL or file name, for provenance (null with no reader)
     * @param fromFile true when {@code source} is a file
     * @return what was written
     * @throws EndpointException when the endpoint fails; nothing is written then
     */
    public Report run(TargetReader reader, Fetch fetch, String source, boolean fromFile) {
        java.time.Instant started = MetaGraph.now();
        List<Film> ours = StoreFilms.read(store, ids);
        List<DirectEvidence.Found> direct = DirectEvidence.find(store, profile);
        List<Film> theirs = reader == null ? List.of() : fetch(reader, fetch, fromFile, ours);
        Matcher.Result result = new Matcher(options()).match(ours, theirs);
        List<Link> films = films(result, direct);
        List<Link> all = new ArrayList<>(films);
        all.addAll(new PersonLinker(thresholds).link(pairs(ours, theirs, films)));
        LinkWriter writer = new LinkWriter(ids, new LinkWriter.Run(profile, source, fromFile, thresholds, started,
                MetaGraph.now()));
        store.replaceGraph(writer.graph(), writer.links(all), writer.meta(), List.of(writer.dataset()));
        return new Report(ours.size(), theirs.size(), result.comparisons(), all, writer.graph());
    }

    private Matcher.Options options() {
        return Matcher.Options.defaults().with(thresholds).unique(true, profile.oneEntityPerFilm());
    }

    private static List<Film> fetch(TargetReader reader, Fetch fetch, boolean fromFile, List<Film> ours) {
        if (fromFile) return reader.all();
        if (fetch == Fetch.SCAN) return reader.scan();
        Set<String> titles = new LinkedHashSet<>();
        ours.forEach(f -> titles.addAll(f.titles()));
        return reader.lookup(titles);
    }

    /** Direct evidence first (the best per film and per target); matches for films and targets it left free. */
    private List<Link> films(Matcher.Result result, List<DirectEvidence.Found> direct) {
        Map<String, String> targetOf = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<Link> out = new ArrayList<>();
        direct.stream().sorted((a, b) -> Double.compare(b.confidence(), a.confidence())).forEach(d -> {
            if (targetOf.containsKey(d.film()) && !targetOf.get(d.film()).equals(d.target())) return;
            if (!targetOf.containsKey(d.film()) && taken.contains(d.target())) return;
            targetOf.put(d.film(), d.target());
            taken.add(d.target());
            out.add(new Link(d.film(), d.target(), null, d.method(), d.confidence(), Map.of(), null));
        });
        for (Matcher.Match m : result.matches()) {
            String film = m.source().id();
            String target = m.target().id();
            boolean agrees = target.equals(targetOf.get(film));
            if (!agrees && (targetOf.containsKey(film) || taken.contains(target))) continue;
            out.add(new Link(film, target, m.outcome(), FILM_MATCH, m.score(), features(m.features()), null));
        }
        return decide(out);
    }

    /** One outcome per linked pair: the strongest any method gives it (the matcher's already says when it tied). */
    private List<Link> decide(List<Link> links) {
        Map<String, Outcome> strongest = new LinkedHashMap<>();
        for (Link l : links) {
            Outcome o = l.outcome() != null ? l.outcome() : thresholds.outcome(l.confidence());
            strongest.merge(l.subject() + " " + l.object(), o, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<Link> out = new ArrayList<>();
        for (Link l : links) {
            Outcome o = strongest.get(l.subject() + " " + l.object());
            if (o != Outcome.NONE) out.add(new Link(l.subject(), l.object(), o, l.method(), l.confidence(), l.features(), null));
        }
        return out;
    }

    private static Map<Node, Double> features(Features f) {
        Map<Node, Double> out = new LinkedHashMap<>();
        out.put(KINO.titleSimilarity, f.title());
        if (f.year() != null) out.put(KINO.yearAgreement, f.year());
        if (f.director() != null) out.put(KINO.directorSimilarity, f.director());
        if (f.cast() != null) out.put(KINO.castOverlap, f.cast());
        if (f.duration() != null) out.put(KINO.durationAgreement, f.duration());
        return out;
    }

    private static List<PersonLinker.FilmPair> pairs(List<Film> ours, List<Film> theirs, List<Link> films) {
        Map<String, Film> o = new HashMap<>();
        Map<String, Film> t = new HashMap<>();
        ours.forEach(f -> o.put(f.id(), f));
        theirs.forEach(f -> t.put(f.id(), f));
        List<PersonLinker.FilmPair> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Link l : films) {
            if (o.containsKey(l.subject()) && t.containsKey(l.object()) && seen.add(l.subject() + " " + l.object())) {
                out.add(new PersonLinker.FilmPair(o.get(l.subject()), t.get(l.object()), l));
            }
        }
        return out;
    }
}
