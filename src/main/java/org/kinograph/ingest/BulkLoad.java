package org.kinograph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.kinograph.source.Source;
import org.kinograph.vocab.KINO;
import org.kinograph.store.KinographStore;

/**
 * Ingest into an empty store through Jena's bulk loader: documents mapped in parallel stream
 * their quads (document graph, meta graph, mention records) into one {@link DataLoader} run, in
 * file order, with only a bounded window of documents in memory. A second file with the same
 * bytes as an earlier one adds only its path, as a per-document write would. The whole load is
 * one transaction, for a store that holds nothing yet, run under {@link KinographStore#bulkLoad}: a
 * failed or killed load leaves a store that the next open empties, so each document's outcome is
 * handed on only once the load is committed.
 */
final class BulkLoad {
    private static final MonitorOutput SILENT = (fmt, args) -> {};

    private BulkLoad() {}

    /**
     * @param store   an empty store, not in a transaction
     * @param files   the files, in order
     * @param prepare reads and maps one file (pure; runs on worker threads)
     * @param threads worker threads
     * @param window  documents mapped ahead of the loader, at most
     * @param loading receives each file's outcome as it enters the load, in order (not committed yet)
     * @param done    receives each file's outcome, in order, once the load is committed
     */
    static void run(KinographStore store, List<Path> files, Function<Path, Ingester.Prepared> prepare, int threads,
            int window, Consumer<Outcome> loading, Consumer<Outcome> done) {
        List<Outcome> outcomes = new ArrayList<>();
        store.bulkLoad(() -> load(store, files, prepare, threads, window, outcome -> {
            outcomes.add(outcome);
            loading.accept(outcome);
        }));
        outcomes.forEach(done);
    }

    private static void load(KinographStore store, List<Path> files, Function<Path, Ingester.Prepared> prepare,
            int threads, int window, Consumer<Outcome> loading) {
        DataLoader loader = LoaderFactory.parallelLoader(store.dataset().asDatasetGraph(), SILENT);
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            Set<String> stored = new HashSet<>();
            OrderedParallel.forEach(files, prepare, threads, window, p -> loading.accept(load(p, stream, stored)));
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
    }

    private static Outcome load(Ingester.Prepared p, StreamRDF stream, Set<String> stored) {
        if (p.outcome() != null) return p.outcome();
        Source doc = p.doc();
        if (!stored.add(doc.id())) {
            stream.quad(filePath(p));
            return new Outcome(doc.path(), Outcome.Status.UNCHANGED, p.mapped().genre(), p.mapped().triples(),
                    "unchanged (same content stored for another file)", p.warnings());
        }
        p.mapped().document().forEach(stream::quad);
        p.mapped().meta().forEach(stream::quad);
        return new Outcome(doc.path(), Outcome.Status.OK, p.mapped().genre(), p.mapped().triples(), "new", p.warnings());
    }

    /** @return the meta quad that records the document's file path (all a duplicate adds) */
    private static Quad filePath(Ingester.Prepared p) {
        return p.mapped().meta().stream().filter(q -> q.getPredicate().equals(KINO.filePath)).findFirst()
                .orElseThrow();
    }
}
