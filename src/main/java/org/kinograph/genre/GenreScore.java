package org.kinograph.genre;

/**
 * How strongly a text looks like one genre, and why.
 *
 * @param score  in [0, 1]; {@link GenreRegistry#THRESHOLD} or more is a match
 * @param reason the evidence, e.g. "title heading, 12 infobox fields, 6 sections"
 */
public record GenreScore(double score, String reason) {
    /**
     * @return a score of so many points out of 100 (held within 0–100), with a reason. Genres sum
     *         their evidence in integer points: summed as fractions, a full score came to
     *         0.9999999999999999, never the certain 1 that ends detection.
     */
    public static GenreScore ofPoints(int points, String reason) {
        return new GenreScore(Math.max(0, Math.min(100, points)) / 100.0, reason);
    }

    /** @return a zero score with a reason. */
    public static GenreScore none(String reason) {
        return new GenreScore(0, reason);
    }
}
