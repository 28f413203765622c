package org.kinograph.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.testing.Graphs;
import org.kinograph.testing.TestFiles;

/**
 * Golden cases of the encyclopedia-article genre: each folder holds an input (or an
 * {@code input.ref} naming a file of examples/corpus) and {@code expected.ttl}, written by hand
 * from the document; the mapped document graph without reifiers must be isomorphic to it.
 */
public class TestEncyclopediaArticleGolden {
    static final Path GOLDEN = TestFiles.repo().resolve("src/test/resources/golden/encyclopedia-article");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(GOLDEN)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    static Path input(Path dir) throws IOException {
        Path ref = dir.resolve("input.ref");
        if (Files.exists(ref)) return TestFiles.repo().resolve(Files.readString(ref, StandardCharsets.UTF_8).trim());
        return dir.resolve("input.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsAsWrittenByHand(Path dir) throws IOException {
        DocumentPipeline.Mapped mapped = Graphs.map(Graphs.read(input(dir)));
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
