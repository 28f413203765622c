package org.kinograph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy assignment by score: the best-scoring pair is taken first, and a pair whose film is already
 * taken is dropped, where a side holds one entity per film. With {@code targetUnique} (the target has
 * one entity per film, as Wikidata and DBpedia do) each source gets at most one target; with
 * {@code sourceUnique} each target gets at most one source; with both it is one-to-one. LinkedMDB
 * holds duplicates of some films, so against it only the source side is unique, and one DBpedia film
 * may be linked to each of its LinkedMDB copies.
 *
 * <p>A pair dropped only because of a taken pair with the same score is a tie: neither can be asserted,
 * so both become ambiguous (they are kept for review, never accepted).
 */
final class Assignment {
    private static final double TIE = 1e-9;

    /** A scored pair of films, by index. */
    record Candidate(int source, int target, double score, Features features) {}

    /** A kept pair; ambiguous when it tied with another for the same film. */
    record Kept(Candidate candidate, boolean ambiguous) {}

    private final boolean sourceUnique;
    private final boolean targetUnique;

    Assignment(boolean sourceUnique, boolean targetUnique) {
        this.sourceUnique = sourceUnique;
        this.targetUnique = targetUnique;
    }

    /** @return the kept pairs, best first. */
    List<Kept> assign(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::source).thenComparingInt(Candidate::target));
        Map<Integer, Integer> bySource = new HashMap<>();
        Map<Integer, Integer> byTarget = new HashMap<>();
        List<Candidate> kept = new ArrayList<>();
        List<Boolean> ambiguous = new ArrayList<>();
        for (Candidate c : sorted) {
            List<Integer> blockers = blockers(c, bySource, byTarget);
            if (!blockers.isEmpty() && !blockers.stream().allMatch(k -> tie(kept.get(k), c))) continue;
            blockers.forEach(k -> ambiguous.set(k, true));
            bySource.putIfAbsent(c.source(), kept.size());
            byTarget.putIfAbsent(c.target(), kept.size());
            kept.add(c);
            ambiguous.add(!blockers.isEmpty());
        }
        List<Kept> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) out.add(new Kept(kept.get(i), ambiguous.get(i)));
        return out;
    }

    private List<Integer> blockers(Candidate c, Map<Integer, Integer> bySource, Map<Integer, Integer> byTarget) {
        List<Integer> out = new ArrayList<>(2);
        if (targetUnique && bySource.containsKey(c.source())) out.add(bySource.get(c.source()));
        if (sourceUnique && byTarget.containsKey(c.target())) out.add(byTarget.get(c.target()));
        return out;
    }

    private static boolean tie(Candidate a, Candidate b) {
        return Math.abs(a.score() - b.score()) < TIE;
    }
}
