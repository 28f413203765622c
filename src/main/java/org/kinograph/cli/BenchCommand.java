package org.kinograph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kinograph.bench.Bench;
import org.kinograph.generate.FilmPool;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kinograph bench}: the ingest benchmark against Jena's own bulk loader, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates a corpus of N documents and measures, in one run on this machine:",
            "mapping alone (documents to an N-Quads file, no store: documents/s and quads/s, from a",
            "second pass; the first, with the JVM warming up, is printed too); the",
            "same quads loaded by Jena's tdb2.tdbloader --loader=parallel into a fresh store (the",
            "baseline); kinograph ingest of the corpus into a fresh store, and again unchanged;",
            "query latency (p50/p95/p99) of a mix of ten typical queries against the served store",
            "(loopback) with 1, 4 and 16 clients, and the errors; the peak RSS of each step.",
            "Loader and ingest run as child JVMs with this classpath and the --jvm-option given.", ""},
        footer = {"", "Writes DIR/corpus, DIR/mapped.nq, DIR/tdbloader, DIR/store, a log per child, and the",
            "figures as DIR/bench.json and DIR/bench.md. DIR must be empty, new, or an earlier bench's.",
            "The last two lines printed are 'ingest/tdbloader ratio: X.XX' and",
            "'reingest/ingest ratio: X.XX'.", "",
            "Examples:",
            "  kinograph bench --docs 200",
            "  kinograph bench --docs 10000 --out /tmp/bench --jvm-option=-Xmx512m", "",
            "Exit code 0 when every step ran; 1 when one failed; 2 for a usage error."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--docs", required = true, paramLabel = "N", description = "Documents to generate (10 or more).")
    int docs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The generator's seed "
            + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "target/bench", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--pool", paramLabel = "DIR", description = "The gmdb-films folder (default: as for generate).")
    Path pool;

    @Option(names = "--jvm-option", paramLabel = "OPT", description = "An option for the loader and ingest JVMs "
            + "(repeatable), e.g. --jvm-option=-Xmx512m.")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--requests", defaultValue = "300", paramLabel = "R",
            description = "Query requests per concurrency level (default: ${DEFAULT-VALUE}).")
    int requests;

    @Override
    public Integer call() throws Exception {
        if (docs < 10) throw new UsageException("--docs must be 10 or more (was " + docs + ")");
        if (requests < 10) throw new UsageException("--requests must be 10 or more (was " + requests + ")");
        try {
            Bench.run(new Bench.Config(docs, seed, out, pool, List.copyOf(jvmOptions), requests), System.out);
            return 0;
        } catch (FilmPool.PoolException e) {
            throw new UsageException(e.getMessage());
        } catch (Bench.BenchException e) {
            System.err.println("kinograph bench: " + e.getMessage());
            return Kinograph.SOME_FAILED;
        }
    }
}
