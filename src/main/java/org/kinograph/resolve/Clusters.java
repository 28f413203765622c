package org.kinograph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;

/**
 * Mention records of one kind joined by decisions (union-find over record IRIs), each cluster one
 * entity. The summaries of the records ({@link Mention}) are either all kept, or, for the kinds
 * with a record in nearly every document (people), only the ones used last: a summary that was let
 * go is read again from the index when it is asked for, so what is held for the records that are
 * not in use is their IRI, their parent and their decisions. Which IRI names the entity is chosen
 * among the mention IRIs of the cluster by a comparator over what all the cluster's records of
 * each IRI say together (the most specific first, ties by IRI), so the result depends on the set
 * of records and decisions only, never on the order they were added in.
 */
final class Clusters {
    /** A decision that joined two mentions. */
    record Edge(Node a, Node b, Decision decision) {
        Node other(Node n) {
            return n.equals(a) ? b : a;
        }
    }

    /** Every registered record → its parent (itself for a root). */
    private final Map<Node, Node> parent = new HashMap<>();
    /** Their summaries: all of them, or the ones used last when {@link #reread} is set. */
    private final Map<Node, Mention> mentions;
    /** Reads a record's summary again (null: every summary is kept). */
    private final java.util.function.Function<Node, Mention> reread;
    private final Map<Node, List<Edge>> edges = new HashMap<>();
    /**
     * Each distinct decision once: the mentions of one entity are compared pairwise and most pairs
     * are joined on equal decisions (same rule, same evidence in words), which would otherwise be
     * held once per edge.
     */
    private final Map<Decision, Decision> decisions = new HashMap<>();

    /** Clusters that keep every record's summary. */
    Clusters() {
        this.mentions = new HashMap<>();
        this.reread = null;
    }

    /**
     * Clusters that keep the summaries of the last {@code keep} records used, and read the others
     * again when they are asked for.
     *
     * @param keep   how many summaries are held at most
     * @param reread a record's summary as it was registered (the same content every time)
     */
    Clusters(int keep, java.util.function.Function<Node, Mention> reread) {
        this.mentions = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, Mention> eldest) {
                return size() > keep;
            }
        };
        this.reread = reread;
    }

    /** Registers a record (a record registered twice keeps its first registration). */
    Mention add(Mention m) {
        if (contains(m.record())) return mention(m.record());
        mentions.put(m.record(), m);
        parent.put(m.record(), m.record());
        return m;
    }

    /** @return true when the record is registered. */
    boolean contains(Node record) {
        return parent.containsKey(record);
    }

    /** @return the registered mention of a record (read again when it was let go), or null. */
    Mention mention(Node record) {
        Mention m = mentions.get(record);
        if (m != null || reread == null || !contains(record)) return m;
        m = reread.apply(record);
        mentions.put(record, m);
        return m;
    }

    /** @return every registered mention, in IRI order. */
    Iterable<Mention> all() {
        return () -> records().stream().map(this::mention).iterator();
    }

    /** @return the registered records' IRIs (a compact copy: it does not hold the clusters). */
    Set<Node> registered() {
        return Set.copyOf(parent.keySet());
    }

    /** @return how many records are registered. */
    int size() {
        return parent.size();
    }

    /** @return the registered records, in IRI order. */
    private List<Node> records() {
        List<Node> out = new ArrayList<>(parent.keySet());
        out.sort(Mention.BY_IRI);
        return out;
    }

    Node find(Node n) {
        Node p = parent.get(n);
        if (p == null) return n;
        if (p.equals(n)) return n;
        Node root = find(p);
        parent.put(n, root);
        return root;
    }

    boolean same(Node a, Node b) {
        return find(a).equals(find(b));
    }

    /** Joins two mentions on a decision (the decision is kept even when they were already joined). */
    void union(Node a, Node b, Decision d) {
        Edge e = new Edge(a, b, decisions.computeIfAbsent(d, k -> k));
        edges.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
        edges.computeIfAbsent(b, k -> new ArrayList<>()).add(e);
        Node ra = find(a);
        Node rb = find(b);
        if (ra.equals(rb)) return;
        // the smaller IRI becomes the root, so the structure is the same whatever the order
        if (Mention.BY_IRI.compare(ra, rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }

    /** @return the clusters: root → members in IRI order; clusters in root order. */
    Map<Node, List<Node>> groups() {
        Map<Node, List<Node>> out = new TreeMap<>(Mention.BY_IRI);
        for (Node n : records()) out.computeIfAbsent(find(n), k -> new ArrayList<>()).add(n);
        return out;
    }

    /**
     * @return the IRI that names the cluster: among its members' mention IRIs (each with what all
     *         its records in the cluster say), the first by the comparator, then by IRI
     */
    Node canonical(List<Node> members, Comparator<Mention> specificFirst) {
        return byIri(members).values().stream()
                .min(specificFirst.thenComparing(Mention::iri, Mention.BY_IRI)).orElseThrow().iri();
    }

    /** @return the members' mentions summed per mention IRI. */
    Map<Node, Mention> byIri(List<Node> members) {
        Map<Node, Mention> out = new TreeMap<>(Mention.BY_IRI);
        for (Node r : members) {
            Mention m = mention(r);
            out.computeIfAbsent(m.iri(), k -> new Mention(k, m.kind())).absorb(m);
        }
        return out;
    }

    /**
     * Why a record is written as the cluster's IRI: the decisions on the shortest path (edges in
     * IRI order) from the record to a record that has that IRI; the decisions that join records of
     * different IRIs are what the merge rests on.
     *
     * @param from   a record
     * @param target true for the records that bear the cluster's IRI
     * @param iri    the IRI a record bears
     * @return the record's explanation, or null when it bears the IRI itself or is alone
     */
    Why why(Node from, java.util.function.Predicate<Node> target, java.util.function.Function<Node, Node> iri) {
        if (target.test(from)) return null;
        Map<Node, Edge> cameBy = new HashMap<>();
        java.util.ArrayDeque<Node> queue = new java.util.ArrayDeque<>();
        java.util.Set<Node> seen = new java.util.HashSet<>();
        queue.add(from);
        seen.add(from);
        Node reached = null;
        while (!queue.isEmpty() && reached == null) {
            Node n = queue.poll();
            List<Edge> es = new ArrayList<>(edges.getOrDefault(n, List.of()));
            es.sort(Comparator.comparing((Edge e) -> e.other(n), Mention.BY_IRI));
            for (Edge e : es) {
                Node o = e.other(n);
                if (!e.decision().same() || !seen.add(o)) continue;
                cameBy.put(o, e);
                if (target.test(o)) {
                    reached = o;
                    break;
                }
                queue.add(o);
            }
        }
        if (reached == null) return null;
        List<Edge> path = new ArrayList<>();
        List<Node> records = new ArrayList<>();
        for (Node n = reached; !n.equals(from); ) {
            Edge e = cameBy.get(n);
            path.add(0, e);
            records.add(n);
            n = e.other(n);
        }
        records.add(from);
        List<Edge> crossing = path.stream().filter(e -> !iri.apply(e.a()).equals(iri.apply(e.b()))).toList();
        List<Edge> telling = crossing.isEmpty() ? path : crossing;
        double least = path.stream().mapToDouble(e -> e.decision().confidence()).min().orElse(1);
        Edge weakest = telling.stream().min(Comparator.comparingDouble(e -> e.decision().confidence())).orElseThrow();
        List<String> evidence = new ArrayList<>();
        telling.forEach(e -> e.decision().evidence().forEach(x -> {
            if (!evidence.contains(x)) evidence.add(x);
        }));
        Decision w = weakest.decision();
        Decision d = new Decision(true, w.method(), least, List.copyOf(evidence), w.matchKey(), w.similarity(),
                w.sharedFilm());
        Edge first = telling.get(0);
        Node via = iri.apply(first.a()).equals(iri.apply(from)) ? iri.apply(first.b()) : iri.apply(first.a());
        return new Why(d, via, records);
    }

    /** Why a record is written as its cluster's IRI: the decision, the other IRI it was compared with, the records on the way. */
    record Why(Decision decision, Node via, List<Node> records) {}

    /**
     * @return the decision that best explains why a member belongs to its cluster: its incident
     *         edge of highest confidence (then the other end's IRI), or null for a lone mention
     */
    Edge best(Node member) {
        List<Edge> es = edges.getOrDefault(member, List.of());
        return es.stream().filter(e -> e.decision().same())
                .min(Comparator.<Edge>comparingDouble(e -> -e.decision().confidence())
                        .thenComparing(e -> e.other(member), Mention.BY_IRI)
                        .thenComparing(e -> e.decision().method()))
                .orElse(null);
    }
}
