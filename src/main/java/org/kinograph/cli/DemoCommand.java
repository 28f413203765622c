package org.kinograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.tdb2.TDB2;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.Ingester;
import org.kinograph.ingest.Outcome;
import org.kinograph.store.KinographStore;
import org.kinograph.store.QueryRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kinograph demo}: the main job in one command. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the example corpus (examples/corpus, unchanged documents skipped) into the store",
            "and serves it, printing the query UI, the SPARQL endpoint and one example resource.", ""})
final class DemoCommand implements Callable<Integer> {
    @Mixin(name = "store")
    StoreOptions store = new StoreOptions();

    @Mixin(name = "serve")
    ServeOptions serve = new ServeOptions();

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus to ingest (default: examples/corpus "
            + "of this installation).")
    Path corpus;

    @Override
    public Integer call() {
        Path dir = corpus != null ? corpus : home().resolve("examples/corpus");
        if (!Files.isDirectory(dir)) throw new UsageException("no example corpus at " + dir);
        serve.options(); // a usage error (e.g. a public --host without --public) before the ingest, not after
        try (KinographStore s = store.openOrCreate(); IngestReport report = new IngestReport(System.out, false)) {
            List<Outcome> outcomes = new Ingester(s, GenreRegistry.standard(), store.ids()).ingest(List.of(dir), report);
            report.summary(outcomes, s.location());
            ServeCommand.run(s, store, serve, exampleFilm(s), System.out);
        }
        return 0;
    }

    /** @return where the launcher lives (set by ./kinograph), else the working directory. */
    static Path home() {
        String home = System.getProperty("kinograph.home");
        return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
    }

    private static Node exampleFilm(KinographStore s) {
        String q = "SELECT ?f WHERE { ?f a schema:Movie ; schema:name ?n } ORDER BY ?n LIMIT 1";
        return s.dataset().calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(QueryRunner.parse(q))
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                var rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getResource("f").asNode() : null;
            }
        });
    }
}
