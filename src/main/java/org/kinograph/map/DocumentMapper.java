package org.kinograph.map;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.kinograph.genre.DocumentErrors;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.ParsedDocument;
import org.kinograph.model.ReviewRecord;
import org.kinograph.vocab.Ids;

/**
 * Maps a whole parsed document: its films first, then its reviews (which point at the films).
 * A pure function of the document and its source id.
 */
public final class DocumentMapper {
    private final Ids ids;
    private final FilmMapper films;

    /** @param ids IRI minting */
    public DocumentMapper(Ids ids) {
        this.ids = ids;
        this.films = new FilmMapper(ids);
    }

    /**
     * @param doc      what the parser found
     * @param sourceId the document version's id (reviews are named after it)
     * @param sink     where the assertions go
     * @param errors   where values that cannot be understood are reported
     */
    public void map(ParsedDocument doc, String sourceId, AssertionSink sink, DocumentErrors errors) {
        Map<FilmRecord, Node> filmNodes = new IdentityHashMap<>();
        for (FilmRecord f : doc.films()) filmNodes.put(f, films.map(f, sink, errors));
        List<ReviewRecord> reviews = doc.reviews();
        for (int i = 0; i < reviews.size(); i++) {
            ReviewRecord r = reviews.get(i);
            Node film = filmNodes.computeIfAbsent(r.film(), f -> films.map(f, sink, errors));
            Node review = ids.entity("review", i == 0 ? sourceId : sourceId + "-" + (i + 1));
            new ReviewMapping().map(review, film, r, new Emitter(sink, ids, r.rule(), r.confidence()), errors);
        }
    }
}
