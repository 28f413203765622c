package org.kinograph.link;

/**
 * How the features combine into one score: the weighted mean of the features both sides have, so
 * that missing data neither helps nor hurts.
 *
 * <p>Why these weights (they are not fitted to any benchmark pair):
 * <ul>
 * <li>The title identifies a film; it always counts and weighs most (0.8).</li>
 * <li>The director counts little (0.1): sources often credit different directors for one film
 * (co-directors, uncredited directors, a producer named as director), so an identical title with an
 * unrelated director name (similarity about 0.3) must still reach 0.9 — that bounds the director's
 * share of title plus director at 1/8 (here 1/9). Agreement still lifts a near title: one title
 * differing in a subtitle and agreeing on the director reaches 0.9, while different sequels by the
 * same director (one word of a four-word title changed, title similarity about 0.71) stay below
 * review.</li>
 * <li>The year weighs 0.3: release years differ by at most one between sources (festival and
 * release dates), and a different year means a remake or another film of the same name, so an
 * identical title with a conflicting year falls below accept (0.73) while agreeing years confirm.</li>
 * <li>Cast overlap (0.1) and running time (0.1) are supporting evidence: casts are listed partly and
 * cuts differ.</li>
 * </ul>
 *
 * @param title    weight of the title similarity
 * @param year     weight of the year agreement
 * @param director weight of the director similarity
 * @param cast     weight of the cast overlap
 * @param duration weight of the running-time agreement
 */
public record Weights(double title, double year, double director, double cast, double duration) {
    /** The default weights (see the class comment). */
    public static final Weights DEFAULT = new Weights(0.8, 0.3, 0.1, 0.1, 0.1);

    /** @return the weighted mean of the features present, in [0, 1]. */
    public double score(Features f) {
        double sum = title * f.title();
        double weight = title;
        if (f.year() != null) { sum += year * f.year(); weight += year; }
        if (f.director() != null) { sum += director * f.director(); weight += director; }
        if (f.cast() != null) { sum += cast * f.cast(); weight += cast; }
        if (f.duration() != null) { sum += duration * f.duration(); weight += duration; }
        return Math.max(0, Math.min(1, sum / weight));
    }
}
