package org.kinograph.model;

import java.util.List;

/**
 * A parser's output: the films the document is about (usually one), or none with the reason.
 *
 * @param genre        the genre that parsed it
 * @param films        what it says about each film
 * @param noFilmReason why there is no film (when {@code films} is empty), else null
 */
public record ParsedDocument(String genre, List<FilmRecord> films, String noFilmReason) {

    /** @return a document about one film. */
    public static ParsedDocument of(String genre, FilmRecord film) {
        return new ParsedDocument(genre, List.of(film), null);
    }

    /** @return a document of a known genre that is about no film. */
    public static ParsedDocument noFilm(String genre, String reason) {
        return new ParsedDocument(genre, List.of(), reason);
    }
}
