package org.kinograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.testing.Cli;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.Literals;
import org.kinograph.vocab.SCHEMA;

/** {@code kinograph validate}: the shapes hold on real data and catch hand-broken graphs. */
public class TestValidation {
    @TempDir
    Path tmp;

    @Test
    void theSeedsAndTheExamplesConform() {
        Path s = tmp.resolve("ok");
        Cli.ingest(s, TestFiles.sharedFile("seeds"), TestFiles.repo().resolve("examples/corpus"));
        Cli.Run r = Cli.run("validate", "--store", s.toString());
        assertThat(r.out()).contains("conforms").doesNotContain("violation");
        assertThat(r.exit()).isZero();
    }

    @Test
    void aBrokenGraphFailsWithAReportNamingTheDocument() {
        Path s = tmp.resolve("broken");
        Cli.ingest(s, TestFiles.repo().resolve("examples/corpus/departures-2008.txt"));
        Ids ids = new Ids(Ids.DEFAULT_BASE);
        try (KinographStore store = KinographStore.open(s, ids)) {
            store.dataset().begin(TxnType.WRITE);
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Node film = ids.film("Departures", "2008");
            Node graph = dsg.find(Node.ANY, film, RDF.Nodes.type, SCHEMA.Movie).next().getGraph();
            dsg.add(graph, film, SCHEMA.name, NodeFactory.createLiteralString("Okuribito (second name)"));
            Node reifier = dsg.find(graph, Node.ANY, KINO.method, Node.ANY).next().getSubject();
            dsg.deleteAny(graph, reifier, KINO.confidence, Node.ANY);
            dsg.add(graph, reifier, KINO.confidence, Literals.decimal(2));
            store.dataset().commit();
            store.dataset().end();
        }
        Cli.Run r = Cli.run("validate", "--store", s.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("does not conform")
                .containsPattern("departures-2008\\.txt: .*film/departures-2008.*schema:name")
                .containsPattern("departures-2008\\.txt: .*/r/.*kino:confidence");
    }
}
