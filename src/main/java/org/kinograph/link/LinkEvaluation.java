package org.kinograph.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the matcher (and optionally the LIMES baseline) on LIMES-format benchmark files and measures
 * them against the gold pairs. Only {@code owl:sameAs} outcomes count as predicted links.
 */
public final class LinkEvaluation {

    /**
     * One system's run.
     *
     * @param name        what ran
     * @param links       the predicted pairs
     * @param evaluation  precision, recall, F1
     * @param comparisons pairs scored
     * @param millis      wall time of matching (files already read)
     */
    public record Run(String name, Set<LimesFiles.Pair> links, Evaluation evaluation, long comparisons, long millis) {}

    /**
     * A pair on which a run and the gold standard disagree, with both systems' scores.
     *
     * @param pair     the pair
     * @param inGold   true for a gold pair the run did not link, false for a link the gold lacks
     * @param ours     the matcher's score of the pair
     * @param baseline the LIMES specification's score of the pair
     */
    public record Disagreement(LimesFiles.Pair pair, boolean inGold, double ours, double baseline) {}

    private final List<Film> sources;
    private final List<Film> targets;
    private final Set<LimesFiles.Pair> gold;
    private final Map<String, Film> byId = new HashMap<>();

    /** Reads the three files. */
    public LinkEvaluation(Path source, Path target, Path goldFile) {
        this(LimesFiles.films(source), LimesFiles.films(target), LimesFiles.gold(goldFile));
    }

    /** @param sources source films; @param targets target films; @param gold gold pairs */
    public LinkEvaluation(List<Film> sources, List<Film> targets, Set<LimesFiles.Pair> gold) {
        this.sources = sources;
        this.targets = targets;
        this.gold = gold;
        sources.forEach(f -> byId.put(f.id(), f));
        targets.forEach(f -> byId.put(f.id(), f));
    }

    /** @return source × target, the comparisons of an exhaustive run. */
    public long allPairs() {
        return (long) sources.size() * targets.size();
    }

    /** @return the source films, in file order. */
    public List<Film> sources() { return sources; }

    /** @return the target films, in file order. */
    public List<Film> targets() { return targets; }

    /** @return the gold pairs. */
    public Set<LimesFiles.Pair> gold() { return gold; }

    /** @return the matcher's run. */
    public Run matcher(Matcher.Options options) {
        long start = System.nanoTime();
        Matcher.Result r = new Matcher(options).match(sources, targets);
        Set<LimesFiles.Pair> links = new LinkedHashSet<>();
        for (Matcher.Match m : r.with(Outcome.SAME_AS)) links.add(new LimesFiles.Pair(m.source().id(), m.target().id()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new Run("kinograph (" + options.measure().name().toLowerCase().replace('_', '-') + ")", links,
                Evaluation.of(links, gold), r.comparisons(), ms);
    }

    /** @return the LIMES specification's run (every pair compared). */
    public Run baseline() {
        long start = System.nanoTime();
        Set<LimesFiles.Pair> links = new LinkedHashSet<>(LimesBaseline.links(sources, targets));
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new Run("LIMES specification", links, Evaluation.of(links, gold), allPairs(), ms);
    }

    /** @return the gold pairs a run missed and its links the gold lacks, each with both scores. */
    public List<Disagreement> disagreements(Run run, Matcher.Options options) {
        Matcher m = new Matcher(options);
        List<Disagreement> out = new ArrayList<>();
        for (LimesFiles.Pair p : gold) if (!run.links().contains(p)) out.add(disagreement(m, p, true));
        for (LimesFiles.Pair p : run.links()) if (!gold.contains(p)) out.add(disagreement(m, p, false));
        return out;
    }

    /** @return the film of an id (source or target), or null. */
    public Film film(String id) {
        return byId.get(id);
    }

    private Disagreement disagreement(Matcher m, LimesFiles.Pair p, boolean inGold) {
        Film a = byId.get(p.source());
        Film b = byId.get(p.target());
        if (a == null || b == null) return new Disagreement(p, inGold, 0, 0);
        return new Disagreement(p, inGold, m.score(a, b), LimesBaseline.score(a, b));
    }
}
