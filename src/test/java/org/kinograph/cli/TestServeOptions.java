package org.kinograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.serve.KinographServer;
import org.kinograph.testing.Cli;
import org.kinograph.testing.TestFiles;

import picocli.CommandLine;

/** {@code serve --host} and {@code --public}: the network only when asked for. */
public class TestServeOptions {
    @TempDir
    Path tmp;

    private static ServeOptions parse(String... args) {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd.serve;
    }

    @Test
    void aPublicHostNeedsPublic() {
        assertThatThrownBy(() -> parse("--host", "0.0.0.0").options()).isInstanceOf(UsageException.class)
                .hasMessageContaining("--public");
        KinographServer.Options open = parse("--host", "0.0.0.0", "--public").options();
        assertThat(open.allowPublic()).isTrue();
        assertThat(parse().options().host()).isEqualTo("127.0.0.1");
        assertThat(parse("--host", "localhost").options().allowPublic()).isFalse();
        assertThat(parse("--host", "::1").options().host()).isEqualTo("::1");
    }

    @Test
    void servingToTheNetworkWithoutPublicIsAUsageError() {
        Path store = tmp.resolve("s");
        assertThat(Cli.ingest(store, TestFiles.repo().resolve("examples/corpus/seven-samurai-1954.txt")).exit()).isZero();
        Cli.Run r = Cli.run("serve", "--store", store.toString(), "--host", "0.0.0.0", "--port", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--public");
    }
}
