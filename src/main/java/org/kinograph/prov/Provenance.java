package org.kinograph.prov;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.map.Assertion;
import org.kinograph.map.AssertionSink;
import org.kinograph.source.Source;
import org.kinograph.source.SourceReader;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.Literals;
import org.kinograph.vocab.PROVO;

/**
 * The provenance stage: each assertion becomes its triple in the document's named graph plus an
 * RDF 1.2 reifier in the same graph ({@code rdf:reifies <<( s p o )>>}, source, rule, confidence
 * and the code-point span of the evidence), written to a quad stream.
 */
public final class Provenance implements AssertionSink {
    private final StreamRDF out;
    private final Node graph;
    private final Node source;
    private final CodePoints codePoints;
    private final String text;
    private long triples;

    /**
     * @param ids    IRI minting
     * @param doc    the document the assertions come from
     * @param out    where the quads go
     */
    public Provenance(Ids ids, Source doc, StreamRDF out) {
        this.out = out;
        this.graph = ids.graph(doc.id());
        this.source = ids.source(doc.id());
        this.codePoints = new CodePoints(doc.text());
        this.text = doc.text();
    }

    @Override
    public void start() {
        out.start();
    }

    @Override
    public void assertion(Assertion a) {
        Triple t = a.triple();
        int begin = codePoints.at(a.evidence().begin());
        int end = codePoints.at(a.evidence().end());
        Node r = reifier(t, begin, end, a.method());
        out.quad(Quad.create(graph, t));
        quad(r, RDF.Nodes.reifies, NodeFactory.createTripleTerm(t));
        quad(r, PROVO.wasDerivedFrom, source);
        quad(r, KINO.method, NodeFactory.createLiteralString(a.method()));
        quad(r, KINO.confidence, Literals.decimal(a.confidence()));
        quad(r, PROVO.beginIndex, Literals.nonNegative(begin));
        quad(r, PROVO.endIndex, Literals.nonNegative(end));
        quad(r, PROVO.anchorOf, NodeFactory.createLiteralString(
                text.substring(a.evidence().begin(), a.evidence().end())));
        triples++;
    }

    @Override
    public void finish() {
        out.finish();
    }

    /** @return how many assertions (extracted triples, before de-duplication) passed. */
    public long assertions() {
        return triples;
    }

    /** @return true when the quad belongs to a reifier (its subject is a reifier of its graph). */
    public static boolean isReifierQuad(Quad q) {
        if (!q.getSubject().isURI() || !q.getGraph().isURI()) return false;
        String s = q.getSubject().getURI();
        String g = q.getGraph().getURI();
        return s.startsWith("/r/", g.length()) && s.startsWith(g);
    }

    private void quad(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }

    private Node reifier(Triple t, int begin, int end, String method) {
        String key = t.getSubject() + "\u0000" + t.getPredicate() + "\u0000" + t.getObject() + "\u0000"
                + begin + "\u0000" + end + "\u0000" + method;
        String hash = SourceReader.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return NodeFactory.createURI(graph.getURI() + "/r/" + hash);
    }
}
