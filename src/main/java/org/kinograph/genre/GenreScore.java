package org.kinograph.genre;

/**
 * How strongly a text looks like one genre, and why.
 *
 * @param score  in [0, 1]; {@link GenreRegistry#THRESHOLD} or more is a match
 * @param reason the evidence, e.g. "title heading, 12 infobox fields, 6 sections"
 */
public record GenreScore(double score, String reason) {
    /** @return a zero score with a reason. */
    public static GenreScore none(String reason) {
        return new GenreScore(0, reason);
    }
}
