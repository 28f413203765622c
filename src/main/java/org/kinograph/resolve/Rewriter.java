package org.kinograph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.prov.Provenance;
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
     * Rewrites the whole graph: every triple and reifier is read.
     *
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
        return write(dsg, graph, new Read(reifies, mapped, data, t -> false), resolve);
    }

    /**
     * Rewrites the part of a graph that can change: the triples that state one of the given
     * mentions, the reifiers of those triples, and every reifier an earlier rewrite changed (those
     * with {@code kino:mappedAs}). The outcome is the same as {@link #rewrite(DatasetGraph, Node,
     * Function)}'s when no film of the graph is among the mentions: the IRIs minted below a film
     * (which {@code resolve} moves with it) are found only by reading the whole graph.
     *
     * @param dsg      the store (inside a write transaction)
     * @param graph    a document graph
     * @param mentions the graph's mention IRIs that {@code resolve} changes, none of them a film
     * @param resolve  what a node becomes
     * @return true when the graph changed
     */
    public static boolean rewrite(DatasetGraph dsg, Node graph, Collection<Node> mentions, Function<Node, Node> resolve) {
        Map<Node, Node> reifies = new HashMap<>();
        Map<Node, Node> mapped = new HashMap<>();
        Set<Triple> data = new LinkedHashSet<>();
        dsg.find(graph, Node.ANY, KINO.mappedAs, Node.ANY).forEachRemaining(q -> mapped.put(q.getSubject(), q.getObject()));
        for (Node r : mapped.keySet()) {
            Node now = Conflicts.object(dsg, graph, r, RDF.Nodes.reifies);
            if (now != null) {
                reifies.put(r, now);
                data.add(now.getTriple());
            }
        }
        Consumer<Quad> touch = q -> {
            if (!Provenance.isReifierQuad(q)) data.add(q.asTriple());
        };
        for (Node m : mentions) {
            dsg.find(graph, m, Node.ANY, Node.ANY).forEachRemaining(touch);
            dsg.find(graph, Node.ANY, Node.ANY, m).forEachRemaining(touch);
        }
        for (Triple t : List.copyOf(data)) {
            dsg.find(graph, Node.ANY, RDF.Nodes.reifies, NodeFactory.createTripleTerm(t))
                    .forEachRemaining(q -> reifies.putIfAbsent(q.getSubject(), q.getObject()));
        }
        Predicate<Triple> reifiedElsewhere = t -> Iter.anyMatch(
                dsg.find(graph, Node.ANY, RDF.Nodes.reifies, NodeFactory.createTripleTerm(t)),
                q -> !reifies.containsKey(q.getSubject()));
        return write(dsg, graph, new Read(reifies, mapped, data, reifiedElsewhere), resolve);
    }

    /**
     * What was read of a graph: reifier → the triple term it reifies, reifier → its {@code
     * kino:mappedAs}, the data triples read (every triple a reifier read states is among them),
     * and which of those a reifier not read also states (and so must stay).
     */
    private record Read(Map<Node, Node> reifies, Map<Node, Node> mapped, Set<Triple> data,
            Predicate<Triple> reifiedElsewhere) {}

    private static boolean write(DatasetGraph dsg, Node graph, Read read, Function<Node, Node> resolve) {
        List<Quad> delete = new ArrayList<>();
        List<Quad> add = new ArrayList<>();
        Set<Triple> wanted = new LinkedHashSet<>();
        Set<Triple> reified = new java.util.HashSet<>();
        for (Map.Entry<Node, Node> e : read.reifies().entrySet()) {
            Node r = e.getKey();
            Triple now = e.getValue().getTriple();
            reified.add(now);
            Node mappedTerm = read.mapped().get(r);
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
        for (Triple t : read.data()) {
            if (!reified.contains(t)) wanted.add(apply(t, resolve));
        }
        for (Triple t : read.data()) {
            if (!wanted.contains(t) && !read.reifiedElsewhere().test(t)) delete.add(Quad.create(graph, t));
        }
        for (Triple t : wanted) {
            if (!read.data().contains(t) && !dsg.contains(graph, t.getSubject(), t.getPredicate(), t.getObject())) {
                add.add(Quad.create(graph, t));
            }
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
