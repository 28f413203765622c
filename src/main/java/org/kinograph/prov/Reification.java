package org.kinograph.prov;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Turns RDF 1.2 reifiers into classic RDF reification, for formats that cannot carry triple
 * terms (JSON-LD): {@code r rdf:reifies <<( s p o )>>} becomes
 * {@code r a rdf:Statement ; rdf:subject s ; rdf:predicate p ; rdf:object o}. Every other triple of
 * the reifier (method, confidence, span, source) is kept as it is.
 */
public final class Reification {
    private Reification() {}

    /** @return a copy of the graph with every {@code rdf:reifies} statement in classic form. */
    public static Graph toClassic(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().getNsPrefixMap().forEach(out.getPrefixMapping()::setNsPrefix);
        List<Triple> all = new ArrayList<>();
        g.find().forEachRemaining(all::add);
        for (Triple t : all) {
            if (t.getPredicate().equals(RDF.Nodes.reifies) && t.getObject().isTripleTerm()) {
                Triple reified = t.getObject().getTriple();
                Node r = t.getSubject();
                out.add(Triple.create(r, RDF.Nodes.type, RDF.Nodes.Statement));
                out.add(Triple.create(r, RDF.Nodes.subject, reified.getSubject()));
                out.add(Triple.create(r, RDF.Nodes.predicate, reified.getPredicate()));
                out.add(Triple.create(r, RDF.Nodes.object, reified.getObject()));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
