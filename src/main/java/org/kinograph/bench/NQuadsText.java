package org.kinograph.bench;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * One document's quads as N-Quads text, the same bytes as Jena's streaming N-Quads writer
 * ({@code RDFFormat.NQUADS}), with each distinct node formatted once by Jena's N-Triples
 * formatter: a document repeats its graph IRI in every quad and its subjects and predicates in
 * many, and escaping each occurrence again was a third of the mapping benchmark's time.
 */
final class NQuadsText {
    private final Map<Node, String> formatted = new HashMap<>();
    private final StringBuilder text = new StringBuilder(1 << 16);

    private NQuadsText() {}

    /** @return the quads, in order, as UTF-8 N-Quads lines (a quad of the default graph as a triple line) */
    @SafeVarargs
    static byte[] of(List<Quad>... parts) {
        NQuadsText out = new NQuadsText();
        for (List<Quad> quads : parts) quads.forEach(out::quad);
        return out.text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void quad(Quad q) {
        text.append(node(q.getSubject())).append(' ').append(node(q.getPredicate())).append(' ')
                .append(node(q.getObject()));
        if (!q.isDefaultGraph()) text.append(' ').append(node(q.getGraph()));
        text.append(" .\n");
    }

    private String node(Node n) {
        return formatted.computeIfAbsent(n, NodeFmtLib::strNT);
    }
}
