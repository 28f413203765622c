package org.kinograph.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.kinograph.testing.TestFiles;

/** What the generator's tests share: the real film pool, read once per test run, and corpus helpers. */
final class GeneratorFixture {
    private static FilmPool gmdb;

    private GeneratorFixture() {}

    /** @return the shared gmdb-films pool (the test is skipped, or fails in CI, when it is not there) */
    static synchronized FilmPool gmdb() {
        Path folder = TestFiles.sharedFile("reference/gmdb-films");
        if (gmdb == null) gmdb = FilmPool.load(folder);
        return gmdb;
    }

    /** A line of a corpus manifest. */
    record Entry(Path file, String genre, String film, String title, int year) {}

    /** @return the manifest of a generated corpus, in document order */
    static List<Entry> manifest(Path corpus) {
        List<Entry> out = new ArrayList<>();
        List<String> lines = lines(corpus.resolve(CorpusGenerator.MANIFEST));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            out.add(new Entry(corpus.resolve(c[0]), c[1], c[2], c[3], Integer.parseInt(c[4])));
        }
        return out;
    }

    /** @return every regular file under the folder (hidden ones included), relative, sorted */
    static List<String> files(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
