package org.kinograph.genre;

import org.kinograph.model.ParsedDocument;
import org.kinograph.source.Source;

/**
 * A document genre: scores how much a text looks like it, and parses texts of its kind into the
 * neutral model. One implementation per genre, registered with {@link GenreRegistry}.
 */
public interface Genre {

    /** @return the genre's name, recorded as {@code kino:genre} (e.g. "encyclopedia-article"). */
    String name();

    /**
     * Scores a decoded text by its content (never by file name).
     *
     * @param text the decoded document
     * @return the score and the evidence for it
     */
    GenreScore score(String text);

    /**
     * Parses a document already detected as this genre.
     *
     * @param source  the document
     * @param errors  where warnings about the document go, with their position
     * @return the films the document is about, or none with the reason
     */
    ParsedDocument parse(Source source, ErrorHandler errors);
}
