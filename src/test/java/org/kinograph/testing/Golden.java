package org.kinograph.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.source.Source;

/**
 * Golden cases of a genre, shared by every genre's golden test. A case is a folder
 * {@code src/test/resources/golden/<genre>/<case>/} with the input ({@code input.txt}, or
 * {@code input.ref} naming a file of examples/corpus) and, written by hand from the input, either
 * {@code expected.ttl} (the document graph without reifiers, compared by isomorphism after literal
 * canonicalisation) or {@code no-film.txt} (a phrase the "no film" reason must contain). In
 * expected.ttl, {@code <review/_SOURCE_>} stands for the review named after the document's
 * source id (a hash of its bytes, not something to write by hand).
 */
public final class Golden {
    /** The placeholder for the source id in review IRIs. */
    public static final String SOURCE = "_SOURCE_";

    private Golden() {}

    /** @return the folder of a genre's golden cases. */
    public static Path folder(String genre) {
        return TestFiles.repo().resolve("src/test/resources/golden").resolve(genre);
    }

    /** @return the case folders of a genre, sorted. */
    public static Stream<Path> cases(String genre) {
        try (Stream<Path> s = Files.list(folder(genre))) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the inputs of the cases that map to a graph (those with an expected.ttl). */
    public static List<Path> mappedInputs(String genre) {
        return cases(genre).filter(d -> Files.exists(d.resolve("expected.ttl"))).map(Golden::input).toList();
    }

    /** @return the input of a case: input.txt, or the examples/corpus file its input.ref names. */
    public static Path input(Path dir) {
        Path ref = dir.resolve("input.ref");
        try {
            if (Files.exists(ref)) return TestFiles.repo().resolve(Files.readString(ref, StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve("input.txt");
    }

    /** Maps a case's input and checks it against what was written by hand. */
    public static void check(Path dir, String genre) {
        Source doc = Graphs.read(input(dir));
        DocumentPipeline.Mapped mapped = Graphs.map(doc);
        assertThat(mapped.genre()).as("genre of " + dir.getFileName()).isEqualTo(genre);
        Path noFilm = dir.resolve("no-film.txt");
        if (Files.exists(noFilm)) {
            assertThat(mapped.skipped()).as("skip reason").isNotNull().startsWith("no film: ")
                    .contains(read(noFilm).trim());
            assertThat(mapped.document()).isEmpty();
            return;
        }
        assertThat(mapped.skipped()).as("skip reason").isNull();
        Graph expected = expected(dir.resolve("expected.ttl"), doc.id());
        Graph actual = Graphs.dataOnly(mapped.document());
        assertThat(Graphs.diff(expected, actual)).as("graph differences for " + dir.getFileName()).isEmpty();
    }

    /** @return expected.ttl with the document's source id put in for the placeholder. */
    public static Graph expected(Path file, String sourceId) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(read(file).replace(SOURCE, sourceId), Lang.TURTLE).parse(g);
        return g;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
