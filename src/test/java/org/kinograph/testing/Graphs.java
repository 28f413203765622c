package org.kinograph.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.prov.Provenance;
import org.kinograph.source.Source;
import org.kinograph.source.SourceReader;
import org.kinograph.vocab.Ids;

/** Mapping documents in memory and comparing graphs, for tests. */
public final class Graphs {
    private Graphs() {}

    /** @return the document read from disk. */
    public static Source read(Path file) {
        try {
            return new SourceReader().read(file);
        } catch (Exception e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the document mapped with the standard genres and the default base. */
    public static DocumentPipeline.Mapped map(Source doc) {
        return new DocumentPipeline(GenreRegistry.standard(), new Ids(Ids.DEFAULT_BASE)).map(doc, ErrorHandler.silent());
    }

    /** @return the document graph's triples without the reifiers. */
    public static Graph dataOnly(List<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.stream().filter(q -> !Provenance.isReifierQuad(q)).forEach(q -> g.add(q.asTriple()));
        return g;
    }

    /** @return a graph read from an RDF file. */
    public static Graph load(Path file) {
        return RDFDataMgr.loadGraph(file.toString());
    }

    /**
     * Compares graphs by isomorphism after putting literals in canonical form.
     *
     * @return an empty string when the graphs are isomorphic, else the triples missing from and
     *         extra in {@code actual}, one per line (graphs without blank nodes compare exactly).
     */
    public static String diff(Graph expectedGraph, Graph actualGraph) {
        Graph expected = canonical(expectedGraph);
        Graph actual = canonical(actualGraph);
        if (expected.isIsomorphicWith(actual)) return "";
        List<Triple> missing = expected.find().filterDrop(actual::contains).toList();
        List<Triple> extra = actual.find().filterDrop(expected::contains).toList();
        return "missing (expected, not produced):\n" + lines(missing) + "\nextra (produced, not expected):\n" + lines(extra);
    }

    /** @return a copy with every literal in canonical form ("12500000" and "12500000.0" are one decimal). */
    public static Graph canonical(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject(), t.getPredicate(),
                CanonicalizeLiteral.get().apply(t.getObject()))));
        return out;
    }

    private static String lines(List<Triple> triples) {
        return triples.stream().map(t -> "  " + t).sorted().collect(Collectors.joining("\n"));
    }
}
