package org.kinograph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.source.Source;
import org.kinograph.source.SourceException;
import org.kinograph.source.SourceReader;
import org.kinograph.source.SourceWalker;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;

/**
 * Runs files through the pipeline: read, detect the genre, parse, map, add provenance, and write
 * to the store in one transaction per document. A document that fails leaves the store as it was.
 * Each document has a time budget and a size limit ({@link Limits}): reading and mapping run on a
 * worker thread, and a document that takes longer is reported as failed, with nothing written.
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
    }

    private final KinographStore store;
    private final SourceReader reader;
    private final DocumentPipeline pipeline;
    private final TimeBudget budget;

    /** @param store the store; @param genres the registered genres; @param ids IRI minting */
    public Ingester(KinographStore store, GenreRegistry genres, Ids ids) {
        this(store, genres, ids, Limits.DEFAULT);
    }

    /** @param store the store; @param genres the registered genres; @param ids IRI minting; @param limits per document */
    public Ingester(KinographStore store, GenreRegistry genres, Ids ids, Limits limits) {
        this.store = store;
        this.pipeline = new DocumentPipeline(genres, ids);
        this.reader = new SourceReader(limits.maxBytes());
        this.budget = new TimeBudget(limits.docTimeout());
    }

    /**
     * Ingests files and folders (recursively).
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
        for (Path file : files) {
            Outcome o = ingestFile(file);
            outcomes.add(o);
            listener.document(o);
        }
        return outcomes;
    }

    /** Ingests one file. Never throws: every problem becomes the outcome's reason. */
    public Outcome ingestFile(Path file) {
        long deadline = budget.deadline();
        Collected warnings = new Collected();
        try {
            Source doc = budget.call(() -> reader.read(file), deadline);
            if (store.status(doc) == KinographStore.Change.UNCHANGED) {
                return new Outcome(file, Outcome.Status.UNCHANGED, null, 0, "unchanged (same content already stored)",
                        List.of());
            }
            return write(doc, budget.call(() -> pipeline.map(doc, warnings), deadline), warnings);
        } catch (TimeBudget.Exceeded e) {
            return Outcome.failed(file, null, "took longer than " + seconds(budget.limit())
                    + " to read and map (the time budget per document); nothing written", warnings.lines());
        } catch (ExecutionException e) {
            return failure(file, e.getCause(), warnings);
        } catch (RuntimeException e) {
            return Outcome.failed(file, null, "internal error: " + e, warnings.lines());
        }
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

    private Outcome write(Source doc, DocumentPipeline.Mapped mapped, Collected warnings) {
        if (mapped.skipped() != null) {
            return Outcome.skipped(doc.path(), mapped.genre(), mapped.skipped());
        }
        KinographStore.Change change = store.write(doc, mapped.document(), mapped.meta());
        String detail = switch (change) {
            case NEW -> "new";
            case CHANGED -> "replaced older version";
            case UNCHANGED -> "unchanged (same content stored for another file)";
        };
        Outcome.Status status = change == KinographStore.Change.UNCHANGED ? Outcome.Status.UNCHANGED : Outcome.Status.OK;
        return new Outcome(doc.path(), status, mapped.genre(), mapped.triples(), detail, warnings.lines());
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
