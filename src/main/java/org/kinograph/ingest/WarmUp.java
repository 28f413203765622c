package org.kinograph.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

import org.kinograph.generate.CorpusGenerator;
import org.kinograph.generate.FilmPool;
import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.source.Source;
import org.kinograph.vocab.Ids;

/**
 * The one-time start-up of the mapping code, done before any document's time budget runs. The
 * first document mapped in a JVM pays for loading and initialising the classes of detection,
 * parsing, mapping, provenance and the mention records (ICU's transliterator among them): about a
 * second and a half on a 2-core machine, where a document takes some tens of milliseconds
 * afterwards. Charged to the first documents' budgets, that start-up made them fail with a short
 * {@code --doc-timeout}, and on the parallel path it landed on every document mapped while it went
 * on (a class is initialised by one thread while the others wait). So before the first document is
 * mapped, one generated document of each standard genre (from the built-in film pool) is mapped
 * once per JVM, outside any budget.
 */
final class WarmUp {
    private static final Object LOCK = new Object();
    private static volatile boolean done;

    private WarmUp() {}

    /**
     * Warms the mapping code up unless that was done already; callers wait while another thread
     * does it. Never throws: the warm-up only saves time, and a problem in mapping shows in the
     * documents themselves.
     *
     * @return the nanoseconds the caller spent here (warming up, or waiting for it), to be added to
     *         the caller's deadline; 0 once the warm-up is done
     */
    static long ensure() {
        if (done) return 0;
        long start = System.nanoTime();
        synchronized (LOCK) {
            if (!done) {
                try {
                    run();
                } catch (RuntimeException | StackOverflowError e) {
                    // Best effort: the documents are mapped (and their failures reported) all the same.
                } finally {
                    done = true;
                }
            }
        }
        return System.nanoTime() - start;
    }

    /** Maps the first generated document of each genre with the standard genres. */
    private static void run() {
        Ids ids = new Ids(Ids.DEFAULT_BASE);
        DocumentPipeline pipeline = new DocumentPipeline(GenreRegistry.standard(), ids);
        Map<CorpusGenerator.Kind, CorpusGenerator.Document> firsts = new EnumMap<>(CorpusGenerator.Kind.class);
        // One cycle of the generator's plan holds every genre.
        Iterator<CorpusGenerator.Document> docs = CorpusGenerator.documents(20, 1, FilmPool.builtIn());
        docs.forEachRemaining(d -> firsts.putIfAbsent(d.kind(), d));
        for (CorpusGenerator.Document d : firsts.values()) {
            pipeline.map(Source.ofText(Path.of("/warm-up").resolve(d.path()), d.text()), ErrorHandler.silent());
        }
    }
}
