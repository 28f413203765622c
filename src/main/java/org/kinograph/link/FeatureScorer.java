package org.kinograph.link;

import java.util.List;
import java.util.Set;

/** Computes the {@link Features} of a pair of prepared films. */
final class FeatureScorer {
    /** Two cast names at least this similar are the same person. */
    static final double SAME_NAME = 0.9;

    private final Similarity.TitleMeasure measure;

    FeatureScorer(Similarity.TitleMeasure measure) {
        this.measure = measure;
    }

    Features features(PreparedFilm a, PreparedFilm b) {
        return new Features(title(a, b), year(a.years, b.years), director(a, b), cast(a.cast, b.cast),
                duration(a.film.minutes(), b.film.minutes()));
    }

    double title(PreparedFilm a, PreparedFilm b) {
        double best = 0;
        for (Normaliser.Title x : a.titles) {
            for (Normaliser.Title y : b.titles) best = Math.max(best, Similarity.title(x, y, measure));
        }
        return best;
    }

    static Double year(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) return null;
        int gap = Integer.MAX_VALUE;
        for (int x : a) for (int y : b) gap = Math.min(gap, Math.abs(x - y));
        return gap == 0 ? 1.0 : gap == 1 ? 0.5 : 0.0;
    }

    static Double director(PreparedFilm a, PreparedFilm b) {
        if (a.directorNames.isEmpty() || b.directorNames.isEmpty()) return null;
        return bestName(a.directorNames, b.directorNames);
    }

    static Double cast(List<List<List<String>>> a, List<List<List<String>>> b) {
        if (a.isEmpty() || b.isEmpty()) return null;
        List<List<List<String>>> small = a.size() <= b.size() ? a : b;
        List<List<List<String>>> large = small == a ? b : a;
        long found = small.stream().filter(p -> large.stream().anyMatch(q -> bestName(p, q) >= SAME_NAME)).count();
        return (double) found / small.size();
    }

    static Double duration(Integer a, Integer b) {
        if (a == null || b == null) return null;
        int gap = Math.abs(a - b);
        return Math.max(0, Math.min(1, 1 - (gap - 3) / 12.0));
    }

    static double bestName(List<List<String>> a, List<List<String>> b) {
        double best = 0;
        for (List<String> x : a) {
            for (List<String> y : b) best = Math.max(best, Similarity.name(x, y));
        }
        return best;
    }
}
