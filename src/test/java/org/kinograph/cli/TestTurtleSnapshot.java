package org.kinograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.testing.Cli;
import org.kinograph.testing.Graphs;
import org.kinograph.testing.TestFiles;

/** turtle/examples.ttl is what the documented commands produce from examples/corpus today. */
public class TestTurtleSnapshot {
    @TempDir
    Path tmp;

    @Test
    void snapshotHasNotDrifted() {
        Path store = tmp.resolve("snapshot");
        assertThat(Cli.ingest(store, TestFiles.repo().resolve("examples/corpus")).exit()).isZero();
        Cli.Run r = Cli.run("query", "--store", store.toString(), "--file",
                TestFiles.repo().resolve("turtle/snapshot.rq").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Graph rebuilt = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(rebuilt);
        Graph committed = Graphs.load(TestFiles.repo().resolve("turtle/examples.ttl"));
        assertThat(committed.size()).isGreaterThan(100);
        assertThat(Graphs.diff(committed, rebuilt))
                .as("turtle/examples.ttl drifted; regenerate it as turtle/README.md says").isEmpty();
    }
}
