package org.kinograph.map;

import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.model.AdaptationEntry;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.SCHEMA;

/**
 * Works made from the film: {@code <film> schema:workExample <film>/adaptation/<slug(kind year)>},
 * a {@code schema:TVSeries} (TV series and dramas), {@code schema:Book} (novels, manga, …) or
 * {@code schema:CreativeWork}, with {@code schema:genre} the kind as written and
 * {@code schema:dateCreated} the year (xsd:gYear) when stated. The work has no name: documents
 * that claim an adaptation rarely name it, and a made-up name would be worse than none.
 */
final class AdaptationMapping {
    private static final Pattern SERIES = Pattern.compile("(?i)\\bseries\\b|\\b(?:tv|television)\\b");

    void map(FilmMapper.FilmContext f, Emitter base) {
        for (AdaptationEntry a : f.record().adaptations()) {
            Emitter out = base.with(a.rule(), a.confidence());
            String kind = a.kind().text();
            Node work = Ids.child(f.film(), "adaptation", a.year() == null ? kind : kind + " " + a.year().text());
            Node type = SERIES.matcher(kind).find() ? SCHEMA.TVSeries
                    : SourceWorkMapping.BOOK.matcher(kind).find() ? SCHEMA.Book : SCHEMA.CreativeWork;
            out.emit(f.film(), SCHEMA.workExample, work, a.evidence());
            out.emit(work, RDF.Nodes.type, type, a.kind());
            out.literal(work, SCHEMA.genre, kind, a.kind());
            if (a.year() != null) out.typed(work, SCHEMA.dateCreated, a.year().text(), XSDDatatype.XSDgYear, a.year());
        }
    }
}
