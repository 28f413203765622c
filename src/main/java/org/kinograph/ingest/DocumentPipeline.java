package org.kinograph.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.kinograph.genre.DocumentErrors;
import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.map.DocumentMapper;
import org.kinograph.model.ParsedDocument;
import org.kinograph.prov.MetaGraph;
import org.kinograph.prov.Provenance;
import org.kinograph.resolve.MentionRecords;
import org.kinograph.source.Source;
import org.kinograph.vocab.Ids;

/**
 * The pure part of ingest: one decoded document to its quads (detect the genre, parse, map, add
 * provenance, summarise its mentions for entity resolution). No store is touched, so the same code
 * runs in one thread, many, or anywhere else.
 */
public final class DocumentPipeline {

    /**
     * The quads of a document, or why there are none.
     *
     * @param genre    the detected genre, or null when none matched
     * @param document the document graph's quads (triples and reifiers); empty when skipped
     * @param meta     the meta graph's quads (the source, the graph, its mention records); empty when skipped
     * @param triples  the number of extracted triples (reifiers not counted)
     * @param skipped  why the document has no graph ("unknown genre …", "no film: …"), or null
     */
    public record Mapped(String genre, List<Quad> document, List<Quad> meta, long triples, String skipped) {}

    /**
     * The most quads (triples and reifier statements) one document may produce; a document about
     * films produces a few thousand. More fails the document ({@link #map} throws) before it fills
     * the memory or a transaction.
     */
    public static final int MAX_QUADS = 200_000;

    private final GenreRegistry genres;
    private final Ids ids;
    private final DocumentMapper mapper;
    private final MentionRecords mentions;

    /** @param genres the registered genres; @param ids IRI minting */
    public DocumentPipeline(GenreRegistry genres, Ids ids) {
        this.genres = genres;
        this.ids = ids;
        this.mapper = new DocumentMapper(ids);
        this.mentions = new MentionRecords(ids);
    }

    /**
     * Maps one document.
     *
     * @param doc    the document
     * @param errors where problems with its values are reported
     * @return its quads, or the reason it has none
     * @throws RuntimeException when the document produces more than {@link #MAX_QUADS} quads (its
     *         message says so)
     */
    public Mapped map(Source doc, ErrorHandler errors) {
        Instant started = MetaGraph.now();
        GenreRegistry.Detection detection = genres.detect(doc.text());
        Optional<GenreRegistry.Scored> winner = detection.winner();
        if (winner.isEmpty()) {
            return new Mapped(null, List.of(), List.of(), 0, "unknown genre (" + detection.explain() + ")");
        }
        String genre = winner.get().genre().name();
        ParsedDocument parsed = winner.get().genre().parse(doc, errors);
        if (parsed.films().isEmpty()) {
            return new Mapped(genre, List.of(), List.of(), 0, "no film: " + parsed.noFilmReason());
        }
        QuadCollector quads = new QuadCollector(MAX_QUADS);
        Provenance prov = new Provenance(ids, doc, quads);
        prov.start();
        mapper.map(parsed, doc.id(), prov, new DocumentErrors(doc, errors));
        prov.finish();
        List<Quad> documentQuads = quads.quads();
        var run = new MetaGraph.Run(genre, winner.get().score().score(), winner.get().score().reason(), started,
                MetaGraph.now());
        List<Quad> meta = new java.util.ArrayList<>(MetaGraph.describe(ids, doc, run));
        List<Triple> triples = documentQuads.stream().filter(q -> !Provenance.isReifierQuad(q)).map(Quad::asTriple).toList();
        meta.addAll(mentions.describe(ids.graph(doc.id()), ids.source(doc.id()), triples));
        return new Mapped(genre, documentQuads, meta, triples.size(), null);
    }
}
