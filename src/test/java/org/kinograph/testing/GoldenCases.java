package org.kinograph.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden cases of a genre: the folders of {@code src/test/resources/golden/<genre>/}, each
 * with an input ({@code input.txt}, or {@code input.ref} naming a file of the repository such as
 * one of examples/corpus) and what the case expects (e.g. {@code expected.ttl}).
 */
public final class GoldenCases {
    private GoldenCases() {}

    /** @return the folder of a genre's golden cases. */
    public static Path folder(String genre) {
        return TestFiles.repo().resolve("src/test/resources/golden").resolve(genre);
    }

    /** @return the case folders of a genre, sorted by name. */
    public static Stream<Path> cases(String genre) throws IOException {
        try (Stream<Path> s = Files.list(folder(genre))) {
            List<Path> dirs = s.filter(Files::isDirectory).sorted().toList();
            return dirs.stream();
        }
    }

    /** @return the input document of a case. */
    public static Path input(Path dir) throws IOException {
        Path ref = dir.resolve("input.ref");
        if (Files.exists(ref)) return TestFiles.repo().resolve(Files.readString(ref, StandardCharsets.UTF_8).trim());
        return dir.resolve("input.txt");
    }
}
