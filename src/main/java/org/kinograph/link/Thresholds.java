package org.kinograph.link;

/**
 * The two thresholds of link discovery.
 *
 * @param accept a score at or above it is {@code owl:sameAs} (default 0.9)
 * @param review a score at or above it (and below {@code accept}) is {@code skos:closeMatch} (default 0.75)
 */
public record Thresholds(double accept, double review) {
    /** The defaults: accept 0.9, review 0.75. */
    public static final Thresholds DEFAULT = new Thresholds(0.9, 0.75);

    /** @throws IllegalArgumentException unless 0 ≤ review ≤ accept ≤ 1 */
    public Thresholds {
        if (!(review >= 0 && review <= accept && accept <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= review <= accept <= 1 (accept "
                    + accept + ", review " + review + ")");
        }
    }

    /** @return the outcome of a score. */
    public Outcome outcome(double score) {
        if (score >= accept) return Outcome.SAME_AS;
        return score >= review ? Outcome.CLOSE_MATCH : Outcome.NONE;
    }
}
