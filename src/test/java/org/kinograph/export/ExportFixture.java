package org.kinograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.kinograph.store.KinographStore;
import org.kinograph.testing.Cli;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;

/** A real store holding the four seeds in a folder, and exports of it through the real command. */
final class ExportFixture {
    private final Path dir;
    private final Path store;

    /** Ingests the seeds into {@code dir/store}. */
    ExportFixture(Path dir) {
        this.dir = dir;
        this.store = dir.resolve("store");
        Cli.Run r = Cli.ingest(store, TestFiles.sharedFile("seeds"));
        assertThat(r.out()).contains("4 ok");
    }

    Path store() {
        return store;
    }

    /** Runs {@code kinograph export --format F [more...]} into a file and returns it. */
    Path export(String format, String... more) {
        Path out = dir.resolve("export-" + format + more.length + "." + format);
        List<String> args = new ArrayList<>(List.of("export", "--store", store.toString(), "--format", format,
                "--out", out.toString()));
        args.addAll(List.of(more));
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return out;
    }

    /** @return an in-memory copy of the store's dataset. */
    DatasetGraph dataset() {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        try (KinographStore s = KinographStore.open(store, new Ids(Ids.DEFAULT_BASE))) {
            s.dataset().executeRead(() -> s.dataset().asDatasetGraph().find().forEachRemaining(copy::add));
        }
        return copy;
    }
}
