package org.kinograph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.testing.Cli;

/** {@code kinograph generate} as a user meets it, and the corpus it writes going through {@code kinograph ingest}. */
public class TestGenerateCommand {
    @TempDir
    Path tmp;

    /**
     * Runs the command line with the installation in a temporary folder, so that no pool folder is
     * beside it and the built-in pool is used (the real pool is read in {@link TestGeneratedDocuments}).
     */
    private Cli.Run run(String... args) {
        String old = System.getProperty("kinograph.home");
        try {
            System.setProperty("kinograph.home", tmp.resolve("install/kinograph").toString());
            return Cli.run(args);
        } finally {
            if (old == null) System.clearProperty("kinograph.home");
            else System.setProperty("kinograph.home", old);
        }
    }

    @Test
    void helpTeachesTheCommand() {
        Cli.Run r = Cli.run("generate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: kinograph generate", "--docs", "--seed", "--out", "--pool", "--force",
                "gmdb-films", "built-in pool", "byte-identical", "(30%)", "Examples:");
        assertThat(r.err()).as("picocli formats the help without complaint").isEmpty();
        assertThat(Cli.run("--help").out()).contains("generate");
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        String out = tmp.resolve("c").toString();
        assertThat(Cli.run("generate", "--out", out).exit()).as("no --docs").isEqualTo(2);
        assertThat(Cli.run("generate", "--docs", "10").exit()).as("no --out").isEqualTo(2);
        assertThat(Cli.run("generate", "--docs", "ten", "--out", out).exit()).isEqualTo(2);
        Cli.Run zero = Cli.run("generate", "--docs", "0", "--out", out);
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--docs");
        Cli.Run noPool = Cli.run("generate", "--docs", "5", "--out", out, "--pool", tmp.resolve("nope").toString());
        assertThat(noPool.exit()).isEqualTo(2);
        assertThat(noPool.err()).contains("nope");
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThat(Cli.run("generate", "--docs", "5", "--out", file.toString()).exit()).isEqualTo(2);
        assertThat(Files.exists(tmp.resolve("c"))).as("nothing written on a usage error").isFalse();
    }

    @Test
    void aNonEmptyFolderIsRefusedUnlessForcedAndForceReplacesAnEarlierCorpus() throws IOException {
        Path out = tmp.resolve("corpus");
        assertThat(run("generate", "--docs", "30", "--seed", "1", "--out", out.toString()).exit()).isZero();
        Files.writeString(out.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
        Cli.Run refused = run("generate", "--docs", "10", "--out", out.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("not empty", "--force");
        Cli.Run forced = run("generate", "--docs", "10", "--out", out.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(GeneratorFixture.files(out)).as("the earlier corpus is gone, the user's file is not")
                .hasSize(12).contains("notes.txt", CorpusGenerator.MANIFEST);
    }

    @Test
    void withoutAPoolFolderTheBuiltInPoolIsUsedAndSaidSo() {
        Cli.Run r = run("generate", "--docs", "40", "--out", tmp.resolve("c").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("no film pool at", "built-in fallback pool", "--pool");
        assertThat(r.out()).contains("40 documents about", "films written to", " s (seed 1)",
                "encyclopedia-article        12", "forum-page                  10", "blog-review                  8",
                "static-site-post            10", "films from the built-in fallback pool");
        assertThat(GeneratorFixture.manifest(tmp.resolve("c"))).hasSize(40);
    }
}
