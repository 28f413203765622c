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
import org.kinograph.testing.Golden;
import org.kinograph.testing.Graphs;

/**
 * Golden cases of the static-site-post genre. A folder with {@code expected.ttl} must map to
 * exactly that graph (without reifiers), written by hand from the input; a folder with
 * {@code no-film.txt} must be detected as this genre and reported as about no film, with a
 * reason that contains the file's text.
 */
public class TestStaticSitePostGolden {

    static Stream<Path> cases() {
        return Golden.cases(StaticSitePost.NAME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsAsWrittenByHand(Path dir) {
        Golden.check(dir, StaticSitePost.NAME);
    }

    @Test
    void thereAreGoldenCasesOfBothKinds() {
        assertThat(Golden.mappedInputs(StaticSitePost.NAME)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cases().filter(d -> Files.exists(d.resolve("no-film.txt")))).hasSizeGreaterThanOrEqualTo(1);
    }
}
