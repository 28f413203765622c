package org.kinograph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.ExecutionException;

import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.resolve.Resolver;
import org.kinograph.resolve.StoreResolver;
import org.kinograph.source.Source;
import org.kinograph.source.SourceException;
import org.kinograph.source.SourceReader;
import org.kinograph.source.SourceWalker;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;

/**
 * Runs files through the pipeline: read, detect the genre, parse, map, add provenance (on all
 * cores), and write to the store: in one transaction per document, so that a document that fails
 * leaves the store as it was; or, into an empty store, through Jena's bulk loader. Each document has
 * a time budget and a size limit ({@link Limits}): reading and mapping run on a worker thread, and a
 * document that takes longer is reported as failed, with nothing written. The budget starts with
 * the document: the JVM's one-time start-up of the mapping code is done before, outside any budget.
 * After the documents of a run are written, entity resolution runs over the whole store.
 */
public final class Ingester {

    /**
     * What one document may cost.
     *
     * @param docTimeout the time to read, detect, parse and map one document (not counting the write)
     * @param maxBytes   the largest file read, in bytes
     */
    public record Limits(Duration docTimeout, long maxBytes) {
        /** The defaults: 10 seconds and {@link SourceReader#DEFAULT_MAX_BYTES}. */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), SourceReader.DEFAULT_MAX_BYTES);

        /** Checks the ranges. */
        public Limits {
            if (docTimeout.isNegative() || docTimeout.isZero()) throw new IllegalArgumentException("time budget must be positive");
            if (maxBytes < 1 || maxBytes > SourceReader.MAX_MAX_BYTES) throw new IllegalArgumentException("size limit out of range");
        }
    }

    /** Receives progress: the number of files, then one outcome per file. */
    public interface Listener {
        /** Called once with the number of files to read. */
        default void started(int files) {}

        /** Called after each file. */
        void document(Outcome outcome);

        /**
         * Called before the documents when they go into an empty store through the bulk loader. The
         * load is one transaction: the documents' outcomes ({@link #document}) come after it is
         * committed, and meanwhile {@link #loading} tells the progress.
         */
        default void bulkLoading() {}

        /**
         * On the bulk path, called as each document enters the load, before anything is committed:
         * for progress only (a crash now loses it); its outcome follows with {@link #document}.
         */
        default void loading(Outcome outcome) {}

        /** Called after entity resolution ran over the store. */
        default void resolved(Resolver.Report report) {}

        /** Called when entity resolution failed (the store holds what it held before the failed step). */
        default void resolutionFailed(String reason) {}
    }

    /** Threads that read and map documents. */
    static final int THREADS = Runtime.getRuntime().availableProcessors();
    /** Documents read and mapped ahead of the writer, at most. */
    static final int WINDOW = 4 * THREADS + 4;

    private final KinographStore store;
    private final SourceReader reader;
    private final ThreadLocal<DocumentPipeline> pipelines;
    private final StoreResolver resolver;
    private final TimeBudget budget;

    /** @param store the store; @param genres the registered genres; @param ids IRI minting */
    public Ingester(KinographStore store, GenreRegistry genres, Ids ids) {
        this(store, genres, ids, Limits.DEFAULT);
    }

    /** @param store the store; @param genres the registered genres; @param ids IRI minting; @param limits per document */
    public Ingester(KinographStore store, GenreRegistry genres, Ids ids, Limits limits) {
        this.store = store;
        this.pipelines = ThreadLocal.withInitial(() -> new DocumentPipeline(genres, ids));
        this.resolver = new StoreResolver(ids);
        this.reader = new SourceReader(limits.maxBytes());
        this.budget = new TimeBudget(limits.docTimeout());
    }

    /**
     * Ingests files and folders (recursively). Documents are read and mapped on all cores, a
     * bounded number ahead of the writer. Into an empty store they stream through Jena's bulk
     * loader ({@link BulkLoad}); otherwise each is written in its own transaction, in order.
     * Resolution runs once afterwards.
     *
     * @param paths    what the user named
     * @param listener progress
     * @return every file's outcome, in order
     */
    public List<Outcome> ingest(List<Path> paths, Listener listener) {
        SourceWalker walker = new SourceWalker();
        List<Path> files = walker.expand(paths);
        List<Outcome> outcomes = new ArrayList<>();
        walker.problems().forEach(p -> outcomes.add(Outcome.failed(p.path(), null, p.reason(), List.of())));
        outcomes.forEach(listener::document);
        listener.started(files.size());
        Consumer<Outcome> done = o -> {
            outcomes.add(o);
            listener.document(o);
        };
        if (!files.isEmpty() && isEmpty()) {
            listener.bulkLoading();
            BulkLoad.run(store, files, this::prepareFresh, THREADS, WINDOW, listener::loading, done);
        } else {
            OrderedParallel.forEach(files, this::prepare, THREADS, WINDOW, p -> done.accept(finish(p)));
        }
        resolve(listener);
        return outcomes;
    }

    private boolean isEmpty() {
        return store.dataset().calculateRead(() -> store.dataset().asDatasetGraph().isEmpty());
    }

    /**
     * Runs entity resolution when documents wait for it (written in this run, or left by an
     * interrupted one). Never throws: a failure is reported to the listener.
     */
    public void resolve(Listener listener) {
        try {
            if (resolver.pending(store)) listener.resolved(resolver.resolve(store));
        } catch (RuntimeException | StackOverflowError e) {
            listener.resolutionFailed("internal error: " + e);
        } catch (OutOfMemoryError e) {
            // the failed step's transaction was aborted and its memory is free again
            listener.resolutionFailed("out of memory (" + e.getMessage() + "); the documents are stored and marked "
                    + "for resolution: run 'kinograph resolve' with a larger heap (KINOGRAPH_JAVA_OPTS=-Xmx2g)");
        }
    }

    /** Ingests one file. Never throws: every problem becomes the outcome's reason. */
    public Outcome ingestFile(Path file) {
        return finish(prepare(file));
    }

    /**
     * A document read and mapped, ready to be written; or, when there is nothing to write, its
     * outcome already.
     *
     * @param doc      the document (null when it could not be read)
     * @param mapped   its quads (null when outcome is set)
     * @param warnings its warnings
     * @param outcome  the final outcome when nothing is to be written, else null
     */
    record Prepared(Source doc, DocumentPipeline.Mapped mapped, List<String> warnings, Outcome outcome) {}

    /** Reads, checks the store for the same content, and maps; pure apart from one read transaction. */
    private Prepared prepare(Path file) {
        return prepare(file, true);
    }

    /** As {@link #prepare(Path)} for an empty store: no store access at all. */
    private Prepared prepareFresh(Path file) {
        return prepare(file, false);
    }

    /** Reads and maps within the document's time budget; every problem becomes the outcome. */
    private Prepared prepare(Path file, boolean checkStore) {
        long deadline = budget.deadline();
        Collected warnings = new Collected();
        try {
            Source doc = budget.call(() -> reader.read(file), deadline);
            if (checkStore && store.status(doc) == KinographStore.Change.UNCHANGED) {
                return new Prepared(doc, null, List.of(), new Outcome(file, Outcome.Status.UNCHANGED, null, 0,
                        "unchanged (same content already stored)", List.of()));
            }
            // The JVM's one-time start-up of the mapping code is no document's cost.
            deadline += WarmUp.ensure();
            DocumentPipeline.Mapped mapped = budget.call(() -> pipelines.get().map(doc, warnings), deadline);
            if (mapped.skipped() != null) {
                return done(Outcome.skipped(file, mapped.genre(), mapped.skipped()), warnings);
            }
            return new Prepared(doc, mapped, warnings.lines(), null);
        } catch (TimeBudget.Exceeded e) {
            return done(Outcome.failed(file, null, "took longer than " + seconds(budget.limit())
                    + " to read and map (the time budget per document); nothing written", warnings.lines()), warnings);
        } catch (ExecutionException e) {
            return done(failure(file, e.getCause(), warnings), warnings);
        } catch (RuntimeException e) {
            return done(Outcome.failed(file, null, "internal error: " + e, warnings.lines()), warnings);
        }
    }

    private static Prepared done(Outcome outcome, Collected warnings) {
        return new Prepared(null, null, warnings.lines(), outcome);
    }

    /** The outcome of a document whose reading or mapping threw. */
    private static Outcome failure(Path file, Throwable cause, Collected warnings) {
        if (cause instanceof SourceException) return Outcome.skipped(file, null, cause.getMessage());
        String why = cause instanceof QuadCollector.TooManyQuads ? cause.getMessage() + "; nothing written"
                : cause instanceof StackOverflowError ? "internal error: nesting too deep (stack overflow); nothing written"
                : cause instanceof OutOfMemoryError ? "out of memory while reading and mapping; nothing written"
                : "internal error: " + cause;
        return Outcome.failed(file, null, why, warnings.lines());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Writes a prepared document in its own transaction (on the calling thread). Never throws. */
    private Outcome finish(Prepared p) {
        if (p.outcome() != null) return p.outcome();
        try {
            return write(p.doc(), p.mapped(), p.warnings());
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(p.doc().path(), p.mapped().genre(), "internal error: " + e, p.warnings());
        }
    }

    private Outcome write(Source doc, DocumentPipeline.Mapped mapped, List<String> warnings) {
        KinographStore.Change change = store.write(doc, mapped.document(), mapped.meta());
        String detail = switch (change) {
            case NEW -> "new";
            case CHANGED -> "replaced older version";
            case UNCHANGED -> "unchanged (same content stored for another file)";
        };
        Outcome.Status status = change == KinographStore.Change.UNCHANGED ? Outcome.Status.UNCHANGED : Outcome.Status.OK;
        return new Outcome(doc.path(), status, mapped.genre(), mapped.triples(), detail, warnings);
    }

    /** Collects a document's warnings as printable lines (from the worker; read by the caller). */
    private static final class Collected implements ErrorHandler {
        private final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void warning(String document, long line, long column, String message) {
            lines.add(String.format("%s:%d:%d: warning: %s", document, line, column, message));
        }

        @Override
        public synchronized void error(String document, long line, long column, String message) {
            lines.add(String.format("%s:%d:%d: error: %s", document, line, column, message));
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }
    }
}
