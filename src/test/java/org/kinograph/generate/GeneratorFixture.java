package org.kinograph.generate;

import java.nio.file.Path;

import org.kinograph.testing.TestFiles;

/** What the generator's tests share: the real film pool, read once per test run. */
final class GeneratorFixture {
    private static FilmPool gmdb;

    private GeneratorFixture() {}

    /** @return the shared gmdb-films pool (the test is skipped, or fails in CI, when it is not there) */
    static synchronized FilmPool gmdb() {
        Path folder = TestFiles.sharedFile("reference/gmdb-films");
        if (gmdb == null) gmdb = FilmPool.load(folder);
        return gmdb;
    }
}
