package org.kinograph.resolve;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * Whether two mentions are one thing, by which rule, how sure, and on what evidence.
 *
 * @param same       the verdict
 * @param method     the rule ({@code kino:method}, "resolve/…")
 * @param confidence in [0, 1]
 * @param evidence   what the decision used, in words ({@code kino:evidence})
 * @param matchKey   the normalised key the names agree on ({@code kino:matchKey}), or null
 * @param similarity the similarity of the names when they are only alike ({@code kino:similarity}), or null
 * @param sharedFilm the (canonical) film both are credited on ({@code kino:sharedFilm}), or null
 */
public record Decision(boolean same, String method, double confidence, List<String> evidence, String matchKey,
        Double similarity, Node sharedFilm) {

    /** @return a "not the same" verdict with the reason. */
    public static Decision no(String why) {
        return new Decision(false, null, 0, List.of(why), null, null, null);
    }

    /** @return a "the same" verdict. */
    public static Decision yes(String method, double confidence, String matchKey, List<String> evidence) {
        return new Decision(true, method, confidence, List.copyOf(evidence), matchKey, null, null);
    }

    /** @return this verdict with a similarity score. */
    public Decision withSimilarity(double s) {
        return new Decision(same, method, confidence, evidence, matchKey, s, sharedFilm);
    }

    /** @return this verdict with the film both are credited on. */
    public Decision withSharedFilm(Node film) {
        return new Decision(same, method, confidence, evidence, matchKey, similarity, film);
    }
}
