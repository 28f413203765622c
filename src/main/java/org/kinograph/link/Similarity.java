package org.kinograph.link;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * String similarities in [0, 1] on normalised titles and names (see {@link Normaliser}).
 */
public final class Similarity {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Similarity() {}

    /** How two titles are compared. */
    public enum TitleMeasure {
        /**
         * Dice coefficient of character trigrams (the key padded with two spaces each side). The
         * default: one changed word in a short title costs much (one of four words: about
         * 0.7), a changed letter little.
         */
        TRIGRAM,
        /** Jaro-Winkler on the keys (Commons Text): lenient, weighted to the common prefix. */
        JARO_WINKLER,
        /** Jaccard of the token sets: every differing word costs a lot. */
        JACCARD;

        /** @return the measure named ("trigram", "jaro-winkler", "jaccard"). */
        public static TitleMeasure of(String name) {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /**
     * The similarity of two titles. Numbers identify instalments and remakes: when both titles
     * carry numbers and these differ ("Rocky 2" / "Rocky 3", "2001 …" / "2010 …"), the similarity
     * is halved.
     */
    public static double title(Normaliser.Title a, Normaliser.Title b, TitleMeasure measure) {
        double s = switch (measure) {
            case TRIGRAM -> dice(trigrams(a.key()), trigrams(b.key()));
            case JARO_WINKLER -> jaroWinkler(a.key(), b.key());
            case JACCARD -> jaccard(a.tokens(), b.tokens());
        };
        return numbersConflict(a.tokens(), b.tokens()) ? s / 2 : s;
    }

    /**
     * The similarity of two person names (token lists): Jaro-Winkler on the names as written and on
     * their tokens sorted, whichever is higher (family name first or last).
     */
    public static double name(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double direct = jaroWinkler(String.join(" ", a), String.join(" ", b));
        if (direct == 1) return 1;
        double sorted = jaroWinkler(a.stream().sorted().collect(Collectors.joining(" ")),
                b.stream().sorted().collect(Collectors.joining(" ")));
        return Math.max(direct, sorted);
    }

    /** @return Jaro-Winkler similarity (Commons Text). */
    public static double jaroWinkler(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        return JARO_WINKLER.apply(a, b);
    }

    /** @return the character trigrams of a string padded with two spaces on each side. */
    public static Set<String> trigrams(String s) {
        String p = "  " + s + "  ";
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= p.length(); i++) out.add(p.substring(i, i + 3));
        return out;
    }

    /** @return the Dice coefficient 2|A∩B| / (|A| + |B|) of two sets. */
    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        return 2.0 * overlap(a, b) / (a.size() + b.size());
    }

    /** @return the Jaccard coefficient |A∩B| / |A∪B| of two token lists taken as sets. */
    public static double jaccard(List<String> a, List<String> b) {
        Set<String> x = new HashSet<>(a);
        Set<String> y = new HashSet<>(b);
        if (x.isEmpty() && y.isEmpty()) return 1;
        int both = overlap(x, y);
        return (double) both / (x.size() + y.size() - both);
    }

    /** @return the cosine |A∩B| / sqrt(|A||B|) of two token lists taken as sets. */
    public static double cosine(List<String> a, List<String> b) {
        Set<String> x = new HashSet<>(a);
        Set<String> y = new HashSet<>(b);
        if (x.isEmpty() || y.isEmpty()) return x.isEmpty() && y.isEmpty() ? 1 : 0;
        return overlap(x, y) / Math.sqrt((double) x.size() * y.size());
    }

    /** @return true when both token lists hold numbers and the sets of numbers differ. */
    static boolean numbersConflict(List<String> a, List<String> b) {
        Set<String> x = numbers(a);
        Set<String> y = numbers(b);
        return !x.isEmpty() && !y.isEmpty() && !x.equals(y);
    }

    private static Set<String> numbers(List<String> tokens) {
        Set<String> out = new HashSet<>();
        for (String t : tokens) {
            if (t.chars().allMatch(Character::isDigit)) out.add(t.replaceFirst("^0+(?=.)", ""));
        }
        return out;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) if (large.contains(s)) n++;
        return n;
    }
}
