package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.testing.GoldenCases;
import org.kinograph.testing.Graphs;

/**
 * Golden cases of the static-site-post genre. A folder with {@code expected.ttl} must map to
 * exactly that graph (without reifiers), written by hand from the input; a folder with
 * {@code no-film.txt} must be detected as this genre and reported as about no film, with a
 * reason that contains the file's text.
 */
public class TestStaticSitePostGolden {

    static Stream<Path> cases() throws IOException {
        return GoldenCases.cases(StaticSitePost.NAME);
    }

    /** @return the golden inputs that map to a graph (for the provenance invariants). */
    public static Stream<Path> mappedInputs() throws IOException {
        return cases().filter(d -> Files.exists(d.resolve("expected.ttl"))).map(d -> {
            try {
                return GoldenCases.input(d);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsAsWrittenByHand(Path dir) throws IOException {
        DocumentPipeline.Mapped mapped = Graphs.map(Graphs.read(GoldenCases.input(dir)));
        assertThat(mapped.genre()).isEqualTo(StaticSitePost.NAME);
        Path noFilm = dir.resolve("no-film.txt");
        if (Files.exists(noFilm)) {
            assertThat(mapped.skipped()).startsWith("no film: ")
                    .contains(Files.readString(noFilm, StandardCharsets.UTF_8).trim());
            assertThat(mapped.document()).isEmpty();
            return;
        }
        assertThat(mapped.skipped()).as("skip reason").isNull();
        Graph expected = Graphs.load(dir.resolve("expected.ttl"));
        Graph actual = Graphs.dataOnly(mapped.document());
        assertThat(Graphs.diff(expected, actual)).as("graph differences for " + dir.getFileName()).isEmpty();
    }

    @Test
    void thereAreGoldenCasesOfBothKinds() throws IOException {
        assertThat(mappedInputs()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cases().filter(d -> Files.exists(d.resolve("no-film.txt")))).hasSizeGreaterThanOrEqualTo(1);
    }
}
