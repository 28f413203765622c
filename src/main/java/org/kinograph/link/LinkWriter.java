package org.kinograph.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.kinograph.prov.MetaGraph;
import org.kinograph.source.SourceReader;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.Literals;
import org.kinograph.vocab.PROVO;
import org.kinograph.vocab.SCHEMA;

/**
 * Turns the links of one run into quads: each link in the target's link graph
 * ({@code graph/links/<target>}) with an RDF 1.2 reifier in the same graph
 * ({@code rdf:reifies <<( s p o )>> ; kino:method ; kino:confidence ; the per-feature similarities ;
 * prov:wasDerivedFrom the target dataset ; prov:wasGeneratedBy the run ; kino:supportedBy the film
 * link of a person link}), and the run in the meta graph: the link graph, the activity (times,
 * thresholds, the agent, the dataset used) and the dataset (name, home page, endpoint or dump).
 */
final class LinkWriter {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final Node VOID_DATASET = NodeFactory.createURI(VOID + "Dataset");
    static final Node SPARQL_ENDPOINT = NodeFactory.createURI(VOID + "sparqlEndpoint");
    static final Node DATA_DUMP = NodeFactory.createURI(VOID + "dataDump");
    private static final String AGENT = "kinograph linker";

    /**
     * What the run was.
     *
     * @param profile    the target
     * @param source     where its data came from: an endpoint URL, a file, or null (direct evidence only)
     * @param fromFile   true when {@code source} is a file
     * @param thresholds accept and review
     * @param started    when the run started
     * @param ended      when it ended
     */
    record Run(TargetProfile profile, String source, boolean fromFile, Thresholds thresholds, Instant started,
            Instant ended) {}

    private final Ids ids;
    private final Run run;
    private final Node graph;
    private final Node dataset;
    private final Node activity;

    LinkWriter(Ids ids, Run run) {
        this.ids = ids;
        this.run = run;
        this.graph = ids.linkGraph(run.profile().name());
        this.dataset = ids.dataset(run.profile().name());
        this.activity = ids.linkActivity(run.profile().name(),
                run.started().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace(":", ""));
    }

    Node graph() { return graph; }
    Node dataset() { return dataset; }

    /** @return the link graph's quads: each link once, with one reifier per method that found it. */
    List<Quad> links(List<Link> links) {
        List<Quad> out = new ArrayList<>();
        java.util.Set<Triple> written = new java.util.HashSet<>();
        for (Link l : links) {
            Triple t = triple(l);
            if (written.add(t)) out.add(Quad.create(graph, t));
            reifier(l, t, out);
        }
        return out;
    }

    private void reifier(Link l, Triple t, List<Quad> out) {
        Node r = reifierOf(l);
        add(out, graph, r, RDF.Nodes.reifies, NodeFactory.createTripleTerm(t));
        add(out, graph, r, KINO.method, NodeFactory.createLiteralString(l.method()));
        add(out, graph, r, KINO.confidence, decimal(l.confidence()));
        for (Map.Entry<Node, Double> f : l.features().entrySet()) add(out, graph, r, f.getKey(), decimal(f.getValue()));
        add(out, graph, r, PROVO.wasDerivedFrom, dataset);
        add(out, graph, r, PROVO.wasGeneratedBy, activity);
        if (l.supportedBy() != null) add(out, graph, r, KINO.supportedBy, reifierOf(l.supportedBy()));
    }

    /** @return the reifier of a link: {@code <graph>/r/<16 hex of SHA-256 over s, p, o, method>}. */
    Node reifierOf(Link l) {
        Triple t = triple(l);
        String key = t.getSubject() + "\u0000" + t.getPredicate() + "\u0000" + t.getObject() + "\u0000" + l.method();
        String hash = SourceReader.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return NodeFactory.createURI(graph.getURI() + "/r/" + hash);
    }

    static Triple triple(Link l) {
        Node p = l.outcome() == Outcome.SAME_AS ? OWL2.sameAs.asNode() : SKOS.closeMatch.asNode();
        return Triple.create(NodeFactory.createURI(l.subject()), p, NodeFactory.createURI(l.object()));
    }

    /** @return the run's description in the meta graph. */
    List<Quad> meta() {
        Node meta = ids.metaGraph();
        Node agent = ids.agent(AGENT);
        List<Quad> q = new ArrayList<>();
        add(q, meta, graph, RDF.Nodes.type, PROVO.Entity);
        add(q, meta, graph, PROVO.wasGeneratedBy, activity);
        add(q, meta, graph, PROVO.wasDerivedFrom, dataset);
        add(q, meta, activity, RDF.Nodes.type, PROVO.Activity);
        add(q, meta, activity, PROVO.startedAtTime, Literals.dateTime(run.started()));
        add(q, meta, activity, PROVO.endedAtTime, Literals.dateTime(run.ended()));
        add(q, meta, activity, PROVO.wasAssociatedWith, agent);
        add(q, meta, activity, PROVO.used, dataset);
        add(q, meta, activity, KINO.acceptThreshold, decimal(run.thresholds().accept()));
        add(q, meta, activity, KINO.reviewThreshold, decimal(run.thresholds().review()));
        add(q, meta, agent, RDF.Nodes.type, PROVO.SoftwareAgent);
        add(q, meta, agent, SCHEMA.name, NodeFactory.createLiteralString(AGENT));
        add(q, meta, agent, SCHEMA.softwareVersion, NodeFactory.createLiteralString(MetaGraph.VERSION));
        describeDataset(q, meta);
        return q;
    }

    private void describeDataset(List<Quad> q, Node meta) {
        add(q, meta, dataset, RDF.Nodes.type, PROVO.Entity);
        add(q, meta, dataset, RDF.Nodes.type, VOID_DATASET);
        add(q, meta, dataset, SCHEMA.name, NodeFactory.createLiteralString(run.profile().label()));
        if (!run.profile().dataset().isEmpty()) add(q, meta, dataset, SCHEMA.url, NodeFactory.createURI(run.profile().dataset()));
        if (run.source() == null) return;
        if (run.fromFile()) {
            String file = java.nio.file.Path.of(run.source()).toAbsolutePath().toUri().toString();
            add(q, meta, dataset, DATA_DUMP, NodeFactory.createURI(file));
        } else {
            add(q, meta, dataset, SPARQL_ENDPOINT, NodeFactory.createURI(run.source()));
        }
    }

    /** @return an xsd:decimal with at most four decimals, in canonical form. */
    static Node decimal(double v) {
        return Literals.decimal(BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP));
    }

    private static void add(List<Quad> q, Node g, Node s, Node p, Node o) {
        q.add(Quad.create(g, s, p, o));
    }
}
