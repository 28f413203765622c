package org.kinograph.export;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.UnaryOperator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;

/**
 * The quads and triples an export reads, as streams straight from the store (nothing is held
 * in memory), with the optional rewriting of recorded file paths relative to a folder.
 */
public final class ExportSource {
    private final DatasetGraph dsg;
    private final Ids ids;
    private final UnaryOperator<Quad> rewrite;

    /**
     * @param dsg          the dataset (read in a transaction by the caller)
     * @param ids          the IRI scheme (tells provenance resources from data)
     * @param relativeTo   when not null, {@code kino:filePath} values under this folder are
     *                     written relative to it (portable snapshots)
     */
    public ExportSource(DatasetGraph dsg, Ids ids, Path relativeTo) {
        this.dsg = dsg;
        this.ids = ids;
        this.rewrite = relativeTo == null ? UnaryOperator.identity() : q -> relative(q, relativeTo);
    }

    /** @return the selection's quads (for single-graph selections, in the default graph). */
    public Iterator<Quad> quads(Selection what) {
        return switch (what.kind()) {
            case ALL -> Iter.map(byGraph(), rewrite);
            case GRAPH, DATA_ONLY -> Iter.map(triples(what), t -> Quad.create(Quad.defaultGraphIRI, t));
        };
    }

    /** @return the selection's triples; only for single-graph selections. */
    public Iterator<Triple> triples(Selection what) {
        return switch (what.kind()) {
            case GRAPH -> Iter.map(Iter.map(dsg.find(what.graph(), Node.ANY, Node.ANY, Node.ANY), rewrite), Quad::asTriple);
            case DATA_ONLY -> dataOnly();
            case ALL -> throw new IllegalArgumentException("the whole dataset has named graphs");
        };
    }

    /**
     * The union of the graphs without provenance, streamed: a dataset-wide find comes subject
     * first, so one triple stated in several graphs arrives in a run and is written once (TDB2's
     * own union view may de-duplicate through an in-memory set, which does not stay flat).
     */
    private Iterator<Triple> dataOnly() {
        Node meta = ids.metaGraph();
        Iterator<Quad> data = Iter.filter(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY),
                q -> !q.getGraph().equals(meta) && !ids.isProvenance(q.getSubject()));
        return Iter.distinctAdjacent(Iter.map(data, Quad::asTriple));
    }

    /** Every quad, one graph after another (each read from the graph-first index), so TriG reads well. */
    private Iterator<Quad> byGraph() {
        Iterator<Quad> defaultGraph = dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Quad> named = Iter.flatMap(dsg.listGraphNodes(), g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
        return Iter.concat(defaultGraph, named);
    }

    /** @return the dataset. */
    public DatasetGraph dataset() {
        return dsg;
    }

    private static Quad relative(Quad q, Path folder) {
        if (!q.getPredicate().equals(KINO.filePath) || !q.getObject().isLiteral()) return q;
        Path p = Path.of(q.getObject().getLiteralLexicalForm());
        if (!p.isAbsolute() || !p.startsWith(folder)) return q;
        String rel = folder.relativize(p).toString().replace('\\', '/');
        return Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralString(rel));
    }
}
