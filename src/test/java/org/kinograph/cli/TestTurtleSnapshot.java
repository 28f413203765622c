package org.kinograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.testing.Cli;
import org.kinograph.testing.Graphs;
import org.kinograph.testing.TestFiles;

/**
 * turtle/examples.trig and turtle/examples.ttl are what turtle/regenerate produces from
 * examples/corpus today: rebuilt here the same way (fixed activity times, relative file paths)
 * and compared as a dataset and as a graph; a drift fails with the quads that differ.
 */
public class TestTurtleSnapshot {
    @TempDir
    Path tmp;
    Path store;

    @BeforeEach
    void ingestWithFixedTime() {
        System.setProperty("kinograph.sourceDateEpoch", "0");
        store = tmp.resolve("snapshot");
        assertThat(Cli.ingest(store, TestFiles.repo().resolve("examples/corpus")).exit()).isZero();
    }

    @AfterEach
    void clearTime() {
        System.clearProperty("kinograph.sourceDateEpoch");
    }

    private Path export(String name, String... args) {
        Path out = tmp.resolve(name);
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("export", "--store", store.toString(),
                "--out", out.toString()));
        all.addAll(java.util.List.of(args));
        Cli.Run r = Cli.run(all.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return out;
    }

    @Test
    void trigWithProvenanceHasNotDrifted() {
        Path rebuilt = export("examples.trig", "--format", "trig", "--relative-paths", TestFiles.repo().toString());
        DatasetGraph fresh = RDFDataMgr.loadDatasetGraph(rebuilt.toString());
        DatasetGraph committed = RDFDataMgr.loadDatasetGraph(TestFiles.repo().resolve("turtle/examples.trig").toString());
        assertThat(committed.stream().count()).isGreaterThan(1000);
        assertThat(IsoMatcher.isomorphic(committed, fresh))
                .as("turtle/examples.trig drifted; run turtle/regenerate. Differences:\n" + diff(committed, fresh))
                .isTrue();
    }

    @Test
    void dataOnlyTurtleHasNotDrifted() {
        Graph fresh = Graphs.load(export("examples.ttl", "--format", "ttl", "--data-only"));
        Graph committed = Graphs.load(TestFiles.repo().resolve("turtle/examples.ttl"));
        assertThat(committed.size()).isGreaterThan(100);
        assertThat(Graphs.diff(committed, fresh)).as("turtle/examples.ttl drifted; run turtle/regenerate").isEmpty();
    }

    private static String diff(DatasetGraph expected, DatasetGraph actual) {
        String missing = expected.stream().filter(q -> !actual.contains(q)).map(Quad::toString).sorted()
                .collect(Collectors.joining("\n  ", "missing:\n  ", "\n"));
        String extra = actual.stream().filter(q -> !expected.contains(q)).map(Quad::toString).sorted()
                .collect(Collectors.joining("\n  ", "extra:\n  ", "\n"));
        return missing + extra;
    }
}
