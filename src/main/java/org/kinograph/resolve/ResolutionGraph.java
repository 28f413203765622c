package org.kinograph.resolve;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.prov.MetaGraph;
import org.kinograph.source.SourceReader;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.Literals;
import org.kinograph.vocab.PROVO;
import org.kinograph.vocab.SCHEMA;

/**
 * The resolution graph {@code B graph/resolution}: one {@code <record> kino:resolvedTo <canonical>}
 * per mention record (one document's mention of an IRI, see {@link MentionRecords}) written as
 * another IRI; one {@code <mention> owl:sameAs <canonical>} per mention IRI that every document
 * minting it means as that other IRI; one {@code <canonical> schema:alternateName "…"} per other
 * name; each with a reifier in the same graph ({@code kino:method}, {@code kino:confidence}, the sources
 * compared as {@code prov:wasDerivedFrom}, {@code kino:evidence} in words, and {@code
 * kino:matchKey}, {@code kino:similarity}, {@code kino:sharedFilm} when they apply). Its content
 * is a function of the {@link Plan}; the meta graph says which activity generated it.
 */
public final class ResolutionGraph {
    private static final Node SAME_AS = OWL.sameAs.asNode();

    private ResolutionGraph() {}

    /** @return the quads of the resolution graph for a plan. */
    public static List<Quad> quads(Ids ids, Plan plan) {
        Node g = ids.resolutionGraph();
        List<Quad> out = new ArrayList<>();
        Map<Node, List<Plan.Merge>> byMention = new java.util.TreeMap<>(Mention.BY_IRI);
        for (Plan.Merge m : plan.merges().values()) {
            Triple t = Triple.create(m.record(), KINO.resolvedTo, m.canonical());
            decision(out, g, t, m.decision(), m.sources(), m.decision().confidence());
            byMention.computeIfAbsent(m.mention(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Node, Node> e : plan.sameAs().entrySet()) {
            List<Plan.Merge> ms = byMention.getOrDefault(e.getKey(), List.of());
            if (ms.isEmpty()) continue;
            Plan.Merge best = ms.stream().max(java.util.Comparator.comparingDouble(m -> m.decision().confidence()))
                    .orElseThrow();
            double least = ms.stream().mapToDouble(m -> m.decision().confidence()).min().orElse(0);
            java.util.Set<Node> sources = new java.util.TreeSet<>(Mention.BY_IRI);
            ms.forEach(m -> sources.addAll(m.sources()));
            List<String> evidence = new ArrayList<>(best.decision().evidence());
            evidence.add("every document that mints " + e.getKey().getURI() + " (" + ms.size() + ") means "
                    + e.getValue().getURI());
            Decision d = new Decision(true, best.decision().method(), least, evidence, best.decision().matchKey(),
                    best.decision().similarity(), best.decision().sharedFilm());
            decision(out, g, Triple.create(e.getKey(), SAME_AS, e.getValue()), d, sources, least);
        }
        for (Plan.AlternateName a : plan.alternates()) {
            Triple t = Triple.create(a.entity(), SCHEMA.alternateName, lit(a.name()));
            Node r = reifier(g, t);
            add(out, g, t);
            add(out, g, r, RDF.Nodes.reifies, NodeFactory.createTripleTerm(t));
            add(out, g, r, KINO.method, lit("resolve/alternate-name"));
            add(out, g, r, KINO.confidence, Literals.decimal(BigDecimal.valueOf(a.confidence())));
            a.sources().forEach(s -> add(out, g, r, PROVO.wasDerivedFrom, s));
            int n = a.sources().size();
            add(out, g, r, KINO.evidence, lit("written \"" + a.name() + "\" in " + n + (n == 1 ? " source" : " sources")
                    + " about " + a.entity().getURI()));
        }
        return out;
    }

    private static void decision(List<Quad> out, Node g, Triple t, Decision d, java.util.Set<Node> sources,
            double confidence) {
        Node r = reifier(g, t);
        add(out, g, t);
        add(out, g, r, RDF.Nodes.reifies, NodeFactory.createTripleTerm(t));
        add(out, g, r, KINO.method, lit(d.method()));
        add(out, g, r, KINO.confidence, Literals.decimal(BigDecimal.valueOf(confidence)));
        sources.forEach(s -> add(out, g, r, PROVO.wasDerivedFrom, s));
        d.evidence().forEach(e -> add(out, g, r, KINO.evidence, lit(e)));
        if (d.matchKey() != null) add(out, g, r, KINO.matchKey, lit(d.matchKey()));
        if (d.similarity() != null) add(out, g, r, KINO.similarity, Literals.decimal(BigDecimal.valueOf(d.similarity())));
        if (d.sharedFilm() != null) add(out, g, r, KINO.sharedFilm, d.sharedFilm());
    }

    /** @return the resolutions recorded in the store: mention record → canonical IRI. */
    public static Map<Node, Node> read(DatasetGraph dsg, Ids ids) {
        Map<Node, Node> out = new HashMap<>();
        dsg.find(ids.resolutionGraph(), Node.ANY, KINO.resolvedTo, Node.ANY)
                .forEachRemaining(q -> out.put(q.getSubject(), q.getObject()));
        return out;
    }

    /** Replaces the resolution graph's content by these quads (what is already there stays). */
    public static void replace(DatasetGraph dsg, Node graph, List<Quad> quads) {
        replace(dsg, dsg.find(graph, Node.ANY, Node.ANY, Node.ANY), quads);
    }

    /**
     * Makes the quads present become the wanted ones: the present quads not wanted are deleted and
     * the wanted ones not present are added; what is both stays untouched. The present quads are
     * all read before anything is written.
     */
    static void replace(DatasetGraph dsg, java.util.Iterator<Quad> present, List<Quad> wanted) {
        java.util.Set<Quad> missing = new java.util.LinkedHashSet<>(wanted);
        List<Quad> stale = new ArrayList<>();
        present.forEachRemaining(q -> {
            if (!missing.remove(q)) stale.add(q);
        });
        stale.forEach(dsg::delete);
        missing.forEach(dsg::add);
    }

    /** Records, in the meta graph, the activity that generated the resolution and conflicts graphs. */
    public static void describe(DatasetGraph dsg, Ids ids, Instant started, Instant ended) {
        Node meta = ids.metaGraph();
        Node activity = ids.activity("resolution");
        Node agent = ids.agent("kinograph resolver");
        for (Node g : List.of(ids.resolutionGraph(), ids.conflictsGraph())) {
            dsg.add(meta, g, RDF.Nodes.type, PROVO.Entity);
            dsg.add(meta, g, PROVO.wasGeneratedBy, activity);
        }
        dsg.deleteAny(meta, activity, PROVO.startedAtTime, Node.ANY);
        dsg.deleteAny(meta, activity, PROVO.endedAtTime, Node.ANY);
        dsg.add(meta, activity, RDF.Nodes.type, PROVO.Activity);
        dsg.add(meta, activity, PROVO.startedAtTime, Literals.dateTime(started));
        dsg.add(meta, activity, PROVO.endedAtTime, Literals.dateTime(ended));
        dsg.add(meta, activity, PROVO.wasAssociatedWith, agent);
        dsg.add(meta, agent, RDF.Nodes.type, PROVO.SoftwareAgent);
        dsg.add(meta, agent, SCHEMA.name, lit("kinograph resolver"));
        dsg.add(meta, agent, SCHEMA.softwareVersion, lit(MetaGraph.VERSION));
    }

    private static Node reifier(Node graph, Triple t) {
        String key = t.getSubject() + "\u0000" + t.getPredicate() + "\u0000" + t.getObject();
        return NodeFactory.createURI(graph.getURI() + "/r/"
                + SourceReader.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    }

    private static void add(List<Quad> out, Node g, Triple t) {
        out.add(Quad.create(g, t));
    }

    private static void add(List<Quad> out, Node g, Node s, Node p, Node o) {
        out.add(Quad.create(g, s, p, o));
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
