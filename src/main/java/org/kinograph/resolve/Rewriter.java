package org.kinograph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.vocab.KINO;

/**
 * Rewrites one document graph to the resolved IRIs, from the document's own mention IRIs: every
 * reifier keeps the triple as the document's mapping stated it ({@code kino:mappedAs <<( s p o )>>}
 * when it differs from the triple it now reifies), so the graph as mapped can always be recovered
 * and rewritten again. The triples of the graph become exactly the rewritten triples of its
 * reifiers; a triple that two mentions now state twice is one triple with two reifiers. Rewriting
 * with a plan that merges nothing gives back the graph as mapped.
 */
public final class Rewriter {
    private Rewriter() {}

    /**
     * @param dsg     the store (inside a write transaction)
     * @param graph   a document graph
     * @param resolve what a node becomes
     * @return true when the graph changed
     */
    public static boolean rewrite(DatasetGraph dsg, Node graph, Function<Node, Node> resolve) {
        String reifierPrefix = graph.getURI() + "/r/";
        Map<Node, Node> reifies = new HashMap<>();
        Map<Node, Node> mapped = new HashMap<>();
        Set<Triple> data = new LinkedHashSet<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Node s = q.getSubject();
            if (s.isURI() && s.getURI().startsWith(reifierPrefix)) {
                if (q.getPredicate().equals(RDF.Nodes.reifies)) reifies.put(s, q.getObject());
                else if (q.getPredicate().equals(KINO.mappedAs)) mapped.put(s, q.getObject());
            } else {
                data.add(q.asTriple());
            }
        });
        List<Quad> delete = new ArrayList<>();
        List<Quad> add = new ArrayList<>();
        Set<Triple> wanted = new LinkedHashSet<>();
        Set<Triple> reified = new java.util.HashSet<>();
        for (Map.Entry<Node, Node> e : reifies.entrySet()) {
            Node r = e.getKey();
            Triple now = e.getValue().getTriple();
            reified.add(now);
            Node mappedTerm = mapped.get(r);
            Triple original = mappedTerm != null ? mappedTerm.getTriple() : now;
            Triple target = apply(original, resolve);
            wanted.add(target);
            if (!target.equals(now)) {
                delete.add(Quad.create(graph, r, RDF.Nodes.reifies, e.getValue()));
                add.add(Quad.create(graph, r, RDF.Nodes.reifies, NodeFactory.createTripleTerm(target)));
            }
            Node wantMapped = target.equals(original) ? null : NodeFactory.createTripleTerm(original);
            if (!Objects.equals(mappedTerm, wantMapped)) {
                if (mappedTerm != null) delete.add(Quad.create(graph, r, KINO.mappedAs, mappedTerm));
                if (wantMapped != null) add.add(Quad.create(graph, r, KINO.mappedAs, wantMapped));
            }
        }
        // A triple without a reifier (not written by Kinograph's mapper) is resolved as it stands.
        for (Triple t : data) {
            if (!reified.contains(t)) wanted.add(apply(t, resolve));
        }
        for (Triple t : data) {
            if (!wanted.contains(t)) delete.add(Quad.create(graph, t));
        }
        for (Triple t : wanted) {
            if (!data.contains(t)) add.add(Quad.create(graph, t));
        }
        delete.forEach(dsg::delete);
        add.forEach(dsg::add);
        return !delete.isEmpty() || !add.isEmpty();
    }

    private static Triple apply(Triple t, Function<Node, Node> resolve) {
        Node s = resolve.apply(t.getSubject());
        Node o = resolve.apply(t.getObject());
        if (s.equals(t.getSubject()) && o.equals(t.getObject())) return t;
        return Triple.create(s, t.getPredicate(), o);
    }
}
