package org.kinograph.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The outcome of resolution: for every mention record (one document's mention of an IRI) that is
 * written as another IRI, the canonical IRI and the decision behind it; the alternate names of
 * the entities. {@link #rewrite} is what a document graph becomes: a merged mention becomes its
 * canonical IRI, and any other IRI minted below a merged film (a release, an amount, a rating)
 * moves with its film.
 */
public final class Plan {

    /**
     * One document's mention written as another IRI.
     *
     * @param record    the mention record ({@code <graph>/m/<hash>})
     * @param mention   the IRI the document minted
     * @param canonical the IRI of the entity
     * @param kind      its kind
     * @param decision  why (the best decision joining it to its cluster)
     * @param via       the other mention IRI of that decision
     * @param sources   the sources of the mentions the decision compared
     */
    public record Merge(Node record, Node mention, Node canonical, Kind kind, Decision decision, Node via,
            Set<Node> sources) {}

    /**
     * Another name of an entity (a spelling or title its documents use besides its own name).
     *
     * @param entity     the canonical IRI
     * @param name       the name as written
     * @param confidence how sure that the name is this entity's (the surest merge that brings it)
     * @param sources    the sources that write it
     */
    public record AlternateName(Node entity, String name, double confidence, Set<Node> sources) {}

    private final String base;
    private final Map<Node, Merge> merges = new TreeMap<>(Mention.BY_IRI);
    private final Map<Node, Node> sameAs = new TreeMap<>(Mention.BY_IRI);
    private final List<AlternateName> alternates = new ArrayList<>();
    private int mentions;
    private int entities;

    /** @param base the base of minted IRIs */
    public Plan(String base) {
        this.base = base;
    }

    void add(Merge m) {
        merges.put(m.record(), m);
    }

    /** States that every record of a mention IRI resolves to one other IRI. */
    void sameAs(Node mention, Node canonical) {
        sameAs.put(mention, canonical);
    }

    void add(AlternateName a) {
        alternates.add(a);
    }

    void count(int mentionCount, int entityCount) {
        mentions += mentionCount;
        entities += entityCount;
    }

    /** @return the merges by record IRI. */
    public Map<Node, Merge> merges() {
        return merges;
    }

    /**
     * @return the mention IRIs every record of which resolves to one other IRI (these are stated
     *         {@code owl:sameAs} it, for everyone); mention IRIs that documents use for different
     *         things are not
     */
    public Map<Node, Node> sameAs() {
        return sameAs;
    }

    /** @return the alternate names. */
    public List<AlternateName> alternates() {
        return alternates;
    }

    public int mentions() { return mentions; }
    public int entities() { return entities; }

    /** @return merged records per kind, every kind listed. */
    public Map<Kind, Integer> mergedPerKind() {
        Map<Kind, Integer> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) out.put(k, 0);
        merges.values().forEach(m -> out.merge(m.kind(), 1, Integer::sum));
        return out;
    }

    /** @return the canonical IRI of a node as a document graph should write it. */
    public Node rewrite(Node graph, Node n) {
        return rewrite(base, merges, graph, n);
    }

    /**
     * @param base   the base of minted IRIs
     * @param merges record → merge
     * @param graph  the document graph
     * @param n      any node of it
     * @return the node as resolved: its merge's canonical IRI, or moved with its film, or itself
     */
    static Node rewrite(String base, Map<Node, Merge> merges, Node graph, Node n) {
        if (n == null || !n.isURI() || Kind.of(base, n) == null && Kind.filmOf(base, n) == null) return n;
        Merge m = merges.get(MentionRecords.record(graph, n));
        if (m != null) return m.canonical();
        Node film = Kind.filmOf(base, n);
        if (film != null) {
            Merge f = merges.get(MentionRecords.record(graph, film));
            if (f != null) return NodeFactory.createURI(f.canonical().getURI() + n.getURI().substring(film.getURI().length()));
        }
        return n;
    }
}
