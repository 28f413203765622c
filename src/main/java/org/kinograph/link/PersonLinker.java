package org.kinograph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.kinograph.vocab.KINO;

/**
 * People are linked through the films already linked: a director (or cast member) of ours and a
 * director (cast member) of the linked target film whose names agree. A person link is no surer
 * than its film link nor than the name agreement, so its score is the lower of the two. One person
 * of ours gets at most one target person and the other way round (both sides mint one resource per
 * person), the best score first; ties are kept for review only.
 */
final class PersonLinker {
    /** The method of a director's link. */
    static final String DIRECTOR = "link/director-of-linked-film";
    /** The method of a cast member's link. */
    static final String CAST = "link/cast-of-linked-film";

    private final Thresholds thresholds;

    PersonLinker(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** A linked film pair whose crews can be compared. */
    record FilmPair(Film ours, Film theirs, Link link) {}

    private record Candidate(Person ours, Person theirs, double score, double name, Link film, String method) {}

    List<Link> link(List<FilmPair> films) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (FilmPair f : films) {
            candidates(f, f.ours().directors(), f.theirs().directors(), DIRECTOR, best);
            candidates(f, f.ours().cast(), f.theirs().cast(), CAST, best);
        }
        return assign(new ArrayList<>(best.values()));
    }

    private void candidates(FilmPair f, List<Person> ours, List<Person> theirs, String method, Map<String, Candidate> best) {
        for (Person p : ours) {
            for (Person q : theirs) {
                if (p.id() == null || q.id() == null) continue;
                double name = FeatureScorer.bestName(names(p), names(q));
                double score = Math.min(name, f.link().confidence());
                if (score < thresholds.review()) continue;
                Candidate c = new Candidate(p, q, score, name, f.link(), method);
                best.merge(p.id() + " " + q.id(), c, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
    }

    private List<Link> assign(List<Candidate> candidates) {
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> theirs = new HashMap<>();
        Map<Assignment.Candidate, Candidate> of = new IdentityHashMap<>();
        for (Candidate c : candidates) {
            int s = ours.computeIfAbsent(c.ours().id(), k -> ours.size());
            int t = theirs.computeIfAbsent(c.theirs().id(), k -> theirs.size());
            of.put(new Assignment.Candidate(s, t, c.score(), null), c);
        }
        List<Link> out = new ArrayList<>();
        for (Assignment.Kept k : new Assignment(true, true).assign(new ArrayList<>(of.keySet()))) {
            Candidate c = of.get(k.candidate());
            Outcome o = thresholds.outcome(c.score());
            if (k.ambiguous() && o == Outcome.SAME_AS) o = Outcome.CLOSE_MATCH;
            Map<Node, Double> features = Map.of(KINO.nameSimilarity, c.name());
            out.add(new Link(c.ours().id(), c.theirs().id(), o, c.method(), c.score(), features, c.film()));
        }
        return out;
    }

    private static List<List<String>> names(Person p) {
        List<List<String>> out = new ArrayList<>();
        for (String n : p.names()) {
            List<String> t = Normaliser.name(n);
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}
