package org.kinograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.testing.Cli;
import org.kinograph.testing.TestFiles;

/** {@code ingest --max-doc-size} and {@code --doc-timeout}. */
public class TestIngestLimits {
    @TempDir
    Path tmp;

    private static final Path ARTICLE = TestFiles.repo().resolve("examples/corpus/seven-samurai-1954.txt");

    @Test
    void sizesAreBytesOrKMG() {
        assertThat(Sizes.parse("4M")).isEqualTo(4L << 20);
        assertThat(Sizes.parse("512k")).isEqualTo(512L << 10);
        assertThat(Sizes.parse("1 GiB")).isEqualTo(1L << 30);
        assertThat(Sizes.parse("1048576")).isEqualTo(1L << 20);
        assertThatThrownBy(() -> Sizes.parse("lots")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> Sizes.parse("9999999999G")).isInstanceOf(UsageException.class);
    }

    @Test
    void aFileOverTheLimitIsSkippedWithItsSize() {
        Cli.Run r = Cli.run("ingest", "--no-progress", "--store", tmp.resolve("s").toString(), "--max-doc-size", "1k",
                ARTICLE.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("skipped").contains("too large: ").contains("the limit is 1024 bytes");
        assertThat(Cli.ingest(tmp.resolve("s"), ARTICLE).exit()).as("the default limit takes it").isZero();
    }

    @Test
    void limitsOutOfRangeAreUsageErrors() {
        String store = tmp.resolve("s").toString();
        assertThat(Cli.run("ingest", "--store", store, "--max-doc-size", "3G", ARTICLE.toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("ingest", "--store", store, "--max-doc-size", "big", ARTICLE.toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("ingest", "--store", store, "--doc-timeout", "0", ARTICLE.toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("ingest", "--store", store, "--doc-timeout", "2.5", ARTICLE.toString()).exit()).isZero();
    }
}
