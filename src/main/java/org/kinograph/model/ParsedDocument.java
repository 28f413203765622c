package org.kinograph.model;

import java.util.List;

/**
 * A parser's output: the films the document is about (usually one), the reviews or posts it
 * holds, or none of either with the reason.
 *
 * @param genre        the genre that parsed it
 * @param films        what it says about each film
 * @param reviews      the reviews or posts it holds (each names one of {@code films})
 * @param noFilmReason why there is no film (when {@code films} is empty), else null
 */
public record ParsedDocument(String genre, List<FilmRecord> films, List<ReviewRecord> reviews, String noFilmReason) {

    /** @return a document about one film. */
    public static ParsedDocument of(String genre, FilmRecord film) {
        return new ParsedDocument(genre, List.of(film), List.of(), null);
    }

    /** @return a review (post) of one film. */
    public static ParsedDocument of(String genre, ReviewRecord review) {
        return new ParsedDocument(genre, List.of(review.film()), List.of(review), null);
    }

    /** @return a document of a known genre that is about no film. */
    public static ParsedDocument noFilm(String genre, String reason) {
        return new ParsedDocument(genre, List.of(), List.of(), reason);
    }
}
