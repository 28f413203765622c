package org.kinograph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.Ingester;
import org.kinograph.ingest.Outcome;
import org.kinograph.source.SourceReader;
import org.kinograph.store.KinographStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kinograph ingest}: files and folders into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads documents (files, or folders recursively; hidden files skipped), detects each one's",
            "genre by its content, maps it to schema.org triples with provenance and writes it to the store",
            "in one transaction. A changed file replaces its older version; an unchanged one is skipped.",
            "Then resolves entities over the whole store: mentions of one film, person, character, accolade …",
            "in several documents get one IRI (merges recorded in graph/resolution), and the conflicts",
            "between sources are recomputed (graph/conflicts).", ""},
        footer = {"", "Prints one line per document (status, genre, triples, file, reason), a line with what",
            "resolution merged, and a summary.",
            "Exit code 0 when every document was ingested or unchanged, 1 when any was skipped or failed."})
final class IngestCommand implements Callable<Integer> {
    @Mixin(name = "store")
    StoreOptions options = new StoreOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to ingest.")
    List<Path> paths;

    @ArgGroup(exclusive = true)
    ProgressChoice progress;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time budget to read and map one document (default: ${DEFAULT-VALUE}); a document that "
                    + "takes longer fails and nothing of it is written.")
    double docTimeout;

    @Option(names = "--max-doc-size", paramLabel = "SIZE", defaultValue = "4M",
            description = "Largest document read, in bytes or with K, M or G (default: ${DEFAULT-VALUE}); a larger "
                    + "file is skipped as too large.")
    String maxDocSize;

    static final class ProgressChoice {
        @picocli.CommandLine.Option(names = "--progress", description = "Always show a progress bar.")
        boolean on;
        @picocli.CommandLine.Option(names = "--no-progress", description = "Never show a progress bar.")
        boolean off;
    }

    @Override
    public Integer call() {
        boolean bar = progress == null ? IngestReport.isTerminal() : progress.on;
        try (KinographStore store = options.openOrCreate(); IngestReport report = new IngestReport(System.out, bar)) {
            List<Outcome> outcomes = new Ingester(store, GenreRegistry.standard(), options.ids(), limits())
                    .ingest(paths, report);
            report.summary(outcomes, store.location());
            boolean bad = report.resolutionFailed() || outcomes.stream().anyMatch(o -> o.status() == Outcome.Status.FAILED
                    || o.status() == Outcome.Status.SKIPPED);
            return bad ? Kinograph.SOME_FAILED : 0;
        }
    }

    /** @return the per-document limits of the options; a value out of range is a usage error. */
    Ingester.Limits limits() {
        if (!(docTimeout > 0 && docTimeout <= 86_400)) throw new UsageException("--doc-timeout must be between 0 and 86400 seconds");
        long bytes = Sizes.parse(maxDocSize);
        if (bytes < 1 || bytes > SourceReader.MAX_MAX_BYTES) {
            throw new UsageException("--max-doc-size must be between 1 byte and 2G, not " + maxDocSize);
        }
        return new Ingester.Limits(Duration.ofMillis(Math.round(docTimeout * 1000)), bytes);
    }
}
