package org.kinograph.link;

/**
 * The evidence about one pair of films, each in [0, 1]; a feature is null when either side lacks
 * the data (it then neither helps nor hurts).
 *
 * @param title    title similarity (best pair of titles), always present
 * @param year     year agreement: 1 same year, 0.5 one year apart, 0 otherwise
 * @param director director similarity (best pair of director names)
 * @param cast     cast overlap: the share of the smaller cast found in the other
 * @param duration running-time agreement: 1 within 3 minutes, falling to 0 at 15 minutes apart
 */
public record Features(double title, Double year, Double director, Double cast, Double duration) {

    /** @return title-only evidence (tests, benchmark files without years). */
    public static Features title(double title) {
        return new Features(title, null, null, null, null);
    }
}
