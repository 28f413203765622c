package org.kinograph.prov;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.source.Source;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.Literals;
import org.kinograph.vocab.PROVO;
import org.kinograph.vocab.SCHEMA;

/**
 * Describes a document version in the meta graph with PROV-O: the source entity (hash, genre,
 * file), the document graph derived from it, the activity that generated it and the mapper.
 */
public final class MetaGraph {
    /** The mapper's version, recorded on its agent. */
    public static final String VERSION = "0.1.0";

    private MetaGraph() {}

    /** What is recorded about one ingest of one document. */
    public record Run(String genre, double genreScore, String genreReason, Instant started, Instant ended) {}

    /** @return the quads describing the document in the meta graph. */
    public static List<Quad> describe(Ids ids, Source doc, Run run) {
        Node meta = ids.metaGraph();
        Node src = ids.source(doc.id());
        Node graph = ids.graph(doc.id());
        Node activity = ids.activity(doc.id());
        Node agent = ids.agent("kinograph " + run.genre() + " mapper");
        List<Quad> q = new ArrayList<>();
        add(q, meta, src, RDF.Nodes.type, PROVO.Entity);
        add(q, meta, src, KINO.contentHash, lit("sha256:" + doc.sha256()));
        add(q, meta, src, KINO.genre, lit(run.genre()));
        add(q, meta, src, KINO.genreScore, Literals.decimal(
                BigDecimal.valueOf(run.genreScore()).setScale(2, RoundingMode.HALF_UP)));
        add(q, meta, src, KINO.genreReason, lit(run.genreReason()));
        add(q, meta, src, KINO.fileName, lit(doc.fileName()));
        add(q, meta, src, KINO.filePath, lit(doc.path().toString()));
        add(q, meta, src, KINO.charset, lit(doc.charset()));
        add(q, meta, src, KINO.byteSize, NodeFactory.createLiteralDT(Long.toString(doc.byteSize()), XSDDatatype.XSDinteger));
        add(q, meta, graph, RDF.Nodes.type, PROVO.Entity);
        add(q, meta, graph, PROVO.wasDerivedFrom, src);
        add(q, meta, graph, PROVO.wasGeneratedBy, activity);
        // New document graphs hold the documents' own mention IRIs until entity resolution rewrites them.
        add(q, meta, graph, KINO.resolutionPending, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        add(q, meta, activity, RDF.Nodes.type, PROVO.Activity);
        add(q, meta, activity, PROVO.startedAtTime, time(run.started()));
        add(q, meta, activity, PROVO.endedAtTime, time(run.ended()));
        add(q, meta, activity, PROVO.wasAssociatedWith, agent);
        add(q, meta, agent, RDF.Nodes.type, PROVO.SoftwareAgent);
        add(q, meta, agent, SCHEMA.name, lit("kinograph " + run.genre() + " mapper"));
        add(q, meta, agent, SCHEMA.softwareVersion, lit(VERSION));
        return q;
    }

    /**
     * @return the instant to record: now, or {@code SOURCE_DATE_EPOCH} (seconds; the system
     *         property {@code kinograph.sourceDateEpoch} first, then the environment variable)
     *         when it is set, so that reproducible builds of the example graph do not drift.
     */
    public static Instant now() {
        String epoch = System.getProperty("kinograph.sourceDateEpoch", System.getenv("SOURCE_DATE_EPOCH"));
        if (epoch != null && epoch.matches("\\d+")) return Instant.ofEpochSecond(Long.parseLong(epoch));
        return Instant.now();
    }

    private static void add(List<Quad> q, Node g, Node s, Node p, Node o) {
        q.add(Quad.create(g, s, p, o));
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node time(Instant i) {
        return Literals.dateTime(i);
    }
}
