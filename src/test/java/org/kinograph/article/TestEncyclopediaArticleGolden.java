package org.kinograph.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.testing.GoldenCases;
import org.kinograph.testing.Graphs;

/**
 * Golden cases of the encyclopedia-article genre: each folder holds an input (or an
 * {@code input.ref} naming a file of examples/corpus) and {@code expected.ttl}, written by hand
 * from the document; the mapped document graph without reifiers must be isomorphic to it.
 */
public class TestEncyclopediaArticleGolden {
    static Stream<Path> cases() throws IOException {
        return GoldenCases.cases(EncyclopediaArticle.NAME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsAsWrittenByHand(Path dir) throws IOException {
        DocumentPipeline.Mapped mapped = Graphs.map(Graphs.read(GoldenCases.input(dir)));
        assertThat(mapped.skipped()).as("skip reason").isNull();
        assertThat(mapped.genre()).isEqualTo(EncyclopediaArticle.NAME);
        Graph expected = Graphs.load(dir.resolve("expected.ttl"));
        Graph actual = Graphs.dataOnly(mapped.document());
        assertThat(Graphs.diff(expected, actual)).as("graph differences for " + dir.getFileName()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void thereAreGoldenCases() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(4);
    }
}
