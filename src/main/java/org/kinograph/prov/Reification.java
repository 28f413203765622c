package org.kinograph.prov;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Turns RDF 1.2 reifiers into classic RDF reification, for formats that cannot carry triple
 * terms (JSON-LD): {@code r rdf:reifies <<( s p o )>>} becomes
 * {@code r a rdf:Statement ; rdf:subject s ; rdf:predicate p ; rdf:object o}. Every other triple of
 * the reifier (method, confidence, span, source) is kept as it is; a triple term in another place
 * (the triple as mapped, {@code r kino:mappedAs <<( s p o )>>}) becomes a statement node of its
 * own, {@code <r>/mappedAs}.
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
            } else if (t.getObject().isTripleTerm()) {
                // another triple term (kino:mappedAs <<( s p o )>>): a statement node of its own
                Triple term = t.getObject().getTriple();
                Node statement = NodeFactory.createURI(t.getSubject().getURI() + "/"
                        + t.getPredicate().getLocalName());
                out.add(Triple.create(t.getSubject(), t.getPredicate(), statement));
                out.add(Triple.create(statement, RDF.Nodes.type, RDF.Nodes.Statement));
                out.add(Triple.create(statement, RDF.Nodes.subject, term.getSubject()));
                out.add(Triple.create(statement, RDF.Nodes.predicate, term.getPredicate()));
                out.add(Triple.create(statement, RDF.Nodes.object, term.getObject()));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
