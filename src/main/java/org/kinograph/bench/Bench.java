package org.kinograph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.kinograph.generate.CorpusGenerator;
import org.kinograph.generate.FilmPool;
import org.kinograph.serve.KinographServer;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;

/**
 * The ingest benchmark, in one run on one machine: generate a corpus, map it alone to N-Quads,
 * load those quads with Jena's {@code tdb2.tdbloader --loader=parallel} (the baseline), ingest the
 * corpus with {@code kinograph ingest} into a fresh store and again unchanged, then measure query
 * latency against the served store with 1, 4 and 16 clients. Loader and ingest run as child JVMs
 * with the same classpath and options, so their wall times and peak RSS compare.
 */
public final class Bench {
    /** The file in the output folder that marks it as the bench's own (so it may be cleared). */
    public static final String MARKER = ".kinograph-bench";
    /** The concurrency levels of the query load. */
    public static final List<Integer> CLIENTS = List.of(1, 4, 16);
    /**
     * Passes of the mapping benchmark over the same corpus. The JIT goes on compiling the web
     * genres' many patterns for three passes over 10,000 documents (on 2 cores the third still
     * took a quarter longer than the fourth), so the figure is the mean of the last
     * {@link #MEASURED_PASSES}.
     */
    public static final int MAPPING_PASSES = 5;
    /** The passes whose mean is the mapping figure (the last ones). */
    public static final int MEASURED_PASSES = 2;
    private static final List<String> OWNED = List.of("corpus", "tdbloader", "store", "mapped.nq");

    /**
     * What to run.
     *
     * @param docs       documents to generate
     * @param seed       the generator's seed
     * @param out        the output folder (corpus, stores, logs, bench.json, bench.md)
     * @param pool       the gmdb-films folder, or null for the default (built-in pool when missing)
     * @param jvmOptions options for the loader and ingest JVMs (e.g. -Xmx512m)
     * @param requests   query requests per concurrency level
     */
    public record Config(int docs, long seed, Path out, Path pool, List<String> jvmOptions, int requests) {}

    /** A step failed (a child exited with an error, the output folder is someone else's). */
    public static final class BenchException extends RuntimeException {
        /** @param message what failed */
        public BenchException(String message) {
            super(message);
        }
    }

    private final Config config;
    private final Figures figures;
    private final Ids ids = Ids.fromEnvironment();

    private Bench(Config config, PrintStream out) {
        this.config = config;
        this.figures = new Figures(out);
    }

    /**
     * Runs the whole benchmark, printing figures as they come, and writes bench.json and bench.md.
     *
     * @param config what to run
     * @param out    where to print
     * @return the figures
     * @throws IOException          when files cannot be written
     * @throws InterruptedException when interrupted
     * @throws BenchException       when a step fails
     */
    public static Figures run(Config config, PrintStream out) throws IOException, InterruptedException {
        Bench b = new Bench(config, out);
        b.prepare();
        Path corpus = b.generate();
        Path nq = b.map(corpus);
        b.load(nq);
        b.ingest(corpus);
        b.query();
        b.figures.finish(config.out());
        return b.figures;
    }

    /**
     * No log line per query of the bench: the logging binding (slf4j-simple) reads a logger's level
     * from these properties when the logger is made, which Jena's start-up does for Fuseki's
     * loggers, so this is called before anything else of the bench's JVM.
     */
    public static void quietServer() {
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }

    private void prepare() throws IOException {
        Path out = config.out();
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw new BenchException(out + " is not empty and not an earlier bench's folder; choose another --out");
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARKER), "kinograph bench output folder\n");
        for (String name : OWNED) deleteTree(out.resolve(name));
        figures.put("docs", config.docs());
        figures.put("seed", config.seed());
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("jvmOptions", String.join(" ", config.jvmOptions()));
    }

    private Path generate() throws IOException {
        FilmPool pool = config.pool() != null ? FilmPool.load(config.pool())
                : FilmPool.loadOrBuiltIn(FilmPool.defaultFolder());
        Path corpus = config.out().resolve("corpus");
        CorpusGenerator.Result r = CorpusGenerator.generate(config.docs(), config.seed(), corpus, pool, (d, f, n, t) -> {});
        figures.line(String.format(Locale.ROOT, "generate: %,d documents about %,d films (%s) in %.1f s", r.documents(),
                r.films(), pool.description(), r.elapsed().toMillis() / 1000.0));
        figures.put("films", r.films());
        return corpus;
    }

    private Path map(Path corpus) throws IOException {
        Path nq = config.out().resolve("mapped.nq");
        List<MappingRun.Result> passes = new ArrayList<>();
        boolean ownPeak = Memory.resetSelfPeak();
        for (int i = 0; i < MAPPING_PASSES; i++) passes.add(MappingRun.run(corpus, nq, ids));
        figures.mapping(passes, MEASURED_PASSES, ownPeak ? Memory.selfPeakRssKb() : 0);
        return nq;
    }

    private void load(Path nq) throws IOException {
        Path loc = config.out().resolve("tdbloader");
        Subprocess.Result r = child("tdbloader", "tdb2.tdbloader", List.of("--loader=parallel", "--loc", loc.toString(),
                nq.toString()));
        figures.step("tdbloader", "tdb2.tdbloader --loader=parallel (baseline)", r);
    }

    private void ingest(Path corpus) throws IOException {
        List<String> args = List.of("ingest", "--no-progress", "--store", store().toString(), corpus.toString());
        figures.step("ingest", "kinograph ingest (fresh store)", child("ingest", "org.kinograph.cli.Kinograph", args));
        figures.step("reingest", "kinograph ingest (unchanged corpus)",
                child("reingest", "org.kinograph.cli.Kinograph", args));
    }

    private void query() throws InterruptedException {
        try (KinographStore store = KinographStore.open(store(), ids);
                KinographServer server = KinographServer.start(store, ids,
                        KinographServer.Options.readOnly("127.0.0.1", 0, 60))) {
            QueryMix mix = QueryMix.sample(store.dataset(), 100);
            QueryLoad load = new QueryLoad(server.sparqlUrl(), mix);
            // warm-up, not measured: every query of the mix for every sampled film, so that the
            // figures are those of a running server (compiled code, the store's pages in memory)
            load.run(2, QueryMix.size() * mix.films());
            for (int clients : CLIENTS) figures.queries(load.run(clients, config.requests()));
        }
        figures.put("benchPeakRssKb", Memory.selfPeakRssKb());
    }

    private Subprocess.Result child(String name, String mainClass, List<String> args) throws IOException {
        Subprocess.Result r = Subprocess.java(config.out(), name, config.jvmOptions(), mainClass, args);
        if (r.exit() != 0) {
            String tail = r.output().lines().skip(Math.max(0, r.output().lines().count() - 10)).reduce("", (a, b) -> a + "\n" + b);
            throw new BenchException(name + " exited with " + r.exit() + ":" + tail);
        }
        return r;
    }

    private Path store() {
        return config.out().resolve("store");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
