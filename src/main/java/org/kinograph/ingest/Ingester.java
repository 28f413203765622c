package org.kinograph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * Runs files through the pipeline: read, detect the genre, parse, map, add provenance, and write
 * to the store in one transaction per document. A document that fails leaves the store as it was.
 * After the documents of a run are written, entity resolution runs over the whole store.
 */
public final class Ingester {

    /** Receives progress: the number of files, then one outcome per file. */
    public interface Listener {
        /** Called once with the number of files to read. */
        default void started(int files) {}

        /** Called after each file. */
        void document(Outcome outcome);

        /** Called after entity resolution ran over the store. */
        default void resolved(Resolver.Report report) {}

        /** Called when entity resolution failed (the store holds what it held before the failed step). */
        default void resolutionFailed(String reason) {}
    }

    private final KinographStore store;
    private final SourceReader reader = new SourceReader();
    private final DocumentPipeline pipeline;
    private final StoreResolver resolver;

    /** @param store the store; @param genres the registered genres; @param ids IRI minting */
    public Ingester(KinographStore store, GenreRegistry genres, Ids ids) {
        this.store = store;
        this.pipeline = new DocumentPipeline(genres, ids);
        this.resolver = new StoreResolver(ids);
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
        resolve(listener);
        return outcomes;
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
        }
    }

    /** Ingests one file. Never throws: every problem becomes the outcome's reason. */
    public Outcome ingestFile(Path file) {
        Source doc;
        try {
            doc = reader.read(file);
        } catch (SourceException e) {
            return Outcome.skipped(file, null, e.getMessage());
        }
        Collected warnings = new Collected();
        try {
            if (store.status(doc) == KinographStore.Change.UNCHANGED) {
                return new Outcome(file, Outcome.Status.UNCHANGED, null, 0, "unchanged (same content already stored)",
                        List.of());
            }
            return write(doc, pipeline.map(doc, warnings), warnings);
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(file, null, "internal error: " + e, warnings.lines);
        }
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
        return new Outcome(doc.path(), status, mapped.genre(), mapped.triples(), detail, warnings.lines);
    }

    /** Collects a document's warnings as printable lines. */
    private static final class Collected implements ErrorHandler {
        final List<String> lines = new ArrayList<>();

        @Override
        public void warning(String document, long line, long column, String message) {
            lines.add(String.format("%s:%d:%d: warning: %s", document, line, column, message));
        }

        @Override
        public void error(String document, long line, long column, String message) {
            lines.add(String.format("%s:%d:%d: error: %s", document, line, column, message));
        }
    }
}
