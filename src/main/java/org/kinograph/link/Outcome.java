package org.kinograph.link;

/** What a scored pair becomes. */
public enum Outcome {
    /** At or above the accept threshold, and not ambiguous: {@code owl:sameAs}. */
    SAME_AS,
    /** Between the review and accept thresholds, or ambiguous: {@code skos:closeMatch}, to be reviewed. */
    CLOSE_MATCH,
    /** Below the review threshold: no link. */
    NONE
}
