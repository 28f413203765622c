package org.kinograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.prov.Reification;
import org.kinograph.store.KinographStore;
import org.kinograph.testing.Cli;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;

/**
 * Exports of the seeds round-trip: TriG and N-Quads parse back to the store's dataset, JSON-LD
 * parses back to the TriG export after the classic-reification mapping, and Turtle --data-only is
 * the union of the document graphs without their reifiers.
 */
public class TestExport {
    @TempDir
    static Path tmp;
    static ExportFixture fixture;

    @BeforeAll
    static void ingestSeeds() {
        fixture = new ExportFixture(tmp);
    }

    static Path export(String format, String... more) {
        return fixture.export(format, more);
    }

    static DatasetGraph storeDataset() {
        return fixture.dataset();
    }

    @Test
    void trigAndNQuadsParseBackToTheStore() {
        DatasetGraph expected = storeDataset();
        assertThat(expected.stream().count()).isGreaterThan(1000);
        assertThat(IsoMatcher.isomorphic(expected, RDFDataMgr.loadDatasetGraph(export("trig").toString()))).isTrue();
        assertThat(IsoMatcher.isomorphic(expected, RDFDataMgr.loadDatasetGraph(export("nq").toString()))).isTrue();
    }

    @Test
    void jsonLdIsTheTrigAfterClassicReification() throws Exception {
        DatasetGraph trig = RDFDataMgr.loadDatasetGraph(export("trig").toString());
        DatasetGraph mapped = DatasetGraphFactory.createTxnMem();
        List<Node> graphs = new java.util.ArrayList<>();
        trig.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) Reification.toClassic(trig.getGraph(g)).find().forEachRemaining(t -> mapped.add(Quad.create(g, t)));
        Path jsonld = export("jsonld");
        String text = Files.readString(jsonld);
        assertThat(text).contains("\"@type\": \"Movie\"").contains("\"director\"").contains("\"name\"");
        DatasetGraph parsed = RDFDataMgr.loadDatasetGraph(jsonld.toString());
        assertThat(parsed.find(Node.ANY, Node.ANY, RDF.Nodes.reifies, Node.ANY).hasNext()).isFalse();
        assertThat(parsed.find(Node.ANY, Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement).hasNext()).isTrue();
        assertThat(IsoMatcher.isomorphic(mapped, parsed)).isTrue();
    }

    @Test
    void turtleDataOnlyIsTheUnionWithoutProvenance() {
        DatasetGraph ds = storeDataset();
        // Provenance: the meta graph (sources, activities, mention index), the conflicts graph (claims
        // about sources), every reifier (in document, resolution and link graphs), and resolution's
        // decision records; what stays is the documents' facts, owl:sameAs links and alternate names.
        Ids ids = new Ids(Ids.DEFAULT_BASE);
        java.util.Set<Node> provenanceGraphs = java.util.Set.of(ids.metaGraph(),
                org.apache.jena.graph.NodeFactory.createURI(ids.base() + "graph/conflicts"));
        Graph expected = GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> {
            boolean reifier = ds.find(q.getGraph(), q.getSubject(), RDF.Nodes.reifies, Node.ANY).hasNext();
            // entity resolution's decision records (mention record kino:resolvedTo canonical) are provenance too
            boolean decision = q.getPredicate().getURI().equals(org.kinograph.vocab.KINO.NS + "resolvedTo");
            if (!provenanceGraphs.contains(q.getGraph()) && !reifier && !decision) expected.add(q.asTriple());
        });
        Graph exported = RDFDataMgr.loadGraph(export("ttl", "--data-only").toString());
        assertThat(expected.size()).isGreaterThan(200);
        assertThat(org.kinograph.testing.Graphs.diff(expected, exported)).isEmpty();
    }

    @Test
    void oneGraph() {
        Node meta = new Ids(Ids.DEFAULT_BASE).metaGraph();
        Graph exported = RDFDataMgr.loadGraph(export("nt", "--graph", meta.getURI()).toString());
        assertThat(exported.isIsomorphicWith(storeDataset().getGraph(meta))).isTrue();
    }

    @Test
    void formatsThatHoldOneGraphNeedASelection() {
        Cli.Run r = Cli.run("export", "--store", fixture.store().toString(), "--format", "ttl");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--data-only");
        assertThat(Cli.run("export", "--store", fixture.store().toString(), "--format", "rdfxml").exit()).isEqualTo(2);
    }

    @Test
    void relativePathsMakePortableSnapshots() throws Exception {
        Path out = export("nq", "--relative-paths", TestFiles.shared().toString());
        assertThat(Files.readString(out)).contains("\"seeds/000_49e38a968392859f.txt\"")
                .doesNotContain(TestFiles.shared().toAbsolutePath().normalize() + "/seeds");
    }
}
