package org.kinograph.link;

import java.util.ArrayList;
import java.util.List;

/**
 * Film matching: normalise, block, compute features, score, assign, and decide each kept pair's
 * outcome by the thresholds. The same matcher serves {@code kinograph link} (store films against a
 * target graph) and {@code kinograph link-eval} (benchmark files).
 */
public final class Matcher {

    /**
     * How to match.
     *
     * @param measure      how titles are compared
     * @param weights      how features combine into a score
     * @param thresholds   accept and review thresholds
     * @param sourceUnique the source holds one entity per film (each target gets at most one source)
     * @param targetUnique the target holds one entity per film (each source gets at most one target)
     * @param blockingCap  a title word shared by more targets than this is not a blocking key
     * @param window       sorted-neighbourhood window (targets on each side)
     */
    public record Options(Similarity.TitleMeasure measure, Weights weights, Thresholds thresholds,
            boolean sourceUnique, boolean targetUnique, int blockingCap, int window) {

        /** @return the defaults: trigram titles, default weights and thresholds, one-to-one. */
        public static Options defaults() {
            return new Options(Similarity.TitleMeasure.TRIGRAM, Weights.DEFAULT, Thresholds.DEFAULT, true, true,
                    Blocking.DEFAULT_CAP, Blocking.DEFAULT_WINDOW);
        }

        /** @return these options with other thresholds. */
        public Options with(Thresholds t) {
            return new Options(measure, weights, t, sourceUnique, targetUnique, blockingCap, window);
        }

        /** @return these options with another title measure. */
        public Options with(Similarity.TitleMeasure m) {
            return new Options(m, weights, thresholds, sourceUnique, targetUnique, blockingCap, window);
        }

        /** @return these options with the uniqueness of each side. */
        public Options unique(boolean source, boolean target) {
            return new Options(measure, weights, thresholds, source, target, blockingCap, window);
        }
    }

    /**
     * A kept pair: at least at the review threshold, or ambiguous.
     *
     * @param source   the source film
     * @param target   the target film
     * @param score    the combined score in [0, 1]
     * @param features the evidence
     * @param outcome  {@link Outcome#SAME_AS} or {@link Outcome#CLOSE_MATCH}
     */
    public record Match(Film source, Film target, double score, Features features, Outcome outcome) {}

    /**
     * What a run found.
     *
     * @param matches     the kept pairs, best first
     * @param comparisons how many pairs were scored
     */
    public record Result(List<Match> matches, long comparisons) {
        /** @return the pairs with the given outcome. */
        public List<Match> with(Outcome o) {
            return matches.stream().filter(m -> m.outcome() == o).toList();
        }
    }

    private final Options options;
    private final FeatureScorer scorer;

    /** @param options how to match */
    public Matcher(Options options) {
        this.options = options;
        this.scorer = new FeatureScorer(options.measure());
    }

    /** @return the matches between two lists of films. */
    public Result match(List<Film> sources, List<Film> targets) {
        List<PreparedFilm> s = sources.stream().map(PreparedFilm::new).toList();
        List<PreparedFilm> t = targets.stream().map(PreparedFilm::new).toList();
        long[] pairs = new Blocking(options.blockingCap(), options.window()).pairs(s, t);
        List<Assignment.Candidate> candidates = new ArrayList<>();
        for (long p : pairs) {
            Assignment.Candidate c = candidate(s, t, Blocking.source(p), Blocking.target(p));
            if (c.score() >= options.thresholds().review()) candidates.add(c);
        }
        List<Match> out = new ArrayList<>();
        for (Assignment.Kept k : new Assignment(options.sourceUnique(), options.targetUnique()).assign(candidates)) {
            out.add(match(sources, targets, k));
        }
        return new Result(out, pairs.length);
    }

    /** @return the evidence about one pair (for reports on pairs the matcher did not keep). */
    public Features features(Film a, Film b) {
        return scorer.features(new PreparedFilm(a), new PreparedFilm(b));
    }

    /** @return the combined score of one pair. */
    public double score(Film a, Film b) {
        return options.weights().score(features(a, b));
    }

    private Assignment.Candidate candidate(List<PreparedFilm> s, List<PreparedFilm> t, int i, int j) {
        Features f = scorer.features(s.get(i), t.get(j));
        return new Assignment.Candidate(i, j, options.weights().score(f), f);
    }

    private Match match(List<Film> sources, List<Film> targets, Assignment.Kept k) {
        Assignment.Candidate c = k.candidate();
        Outcome o = options.thresholds().outcome(c.score());
        if (k.ambiguous() && o == Outcome.SAME_AS) o = Outcome.CLOSE_MATCH;
        return new Match(sources.get(c.source()), targets.get(c.target()), c.score(), c.features(), o);
    }
}
