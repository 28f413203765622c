package org.kinograph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.ingest.OrderedParallel;
import org.kinograph.source.SourceException;
import org.kinograph.source.SourceReader;
import org.kinograph.source.SourceWalker;
import org.kinograph.vocab.Ids;

/**
 * Mapping alone: every document of a corpus through the pure pipeline, on all cores, (read, detect, parse, map,
 * provenance, mention records) into one N-Quads file, with no store. The file holds exactly the
 * quads ingest writes per document (document graphs and meta graph), before entity resolution.
 * Each worker also writes its document's N-Quads text; one thread only appends the bytes in
 * file order.
 */
public final class MappingRun {

    /**
     * What mapping did.
     *
     * @param documents documents mapped to a graph
     * @param skipped   documents without a graph (unknown genre, no film, unreadable)
     * @param quads     quads written
     * @param seconds   wall time
     */
    public record Result(long documents, long skipped, long quads, double seconds) {}

    /** A document's N-Quads text and quad count, or null bytes when it has no graph. */
    private record Written(byte[] nquads, long quads) {}

    private MappingRun() {}

    /**
     * Maps a corpus into an N-Quads file.
     *
     * @param corpus the corpus folder
     * @param out    the N-Quads file (replaced)
     * @param ids    IRI minting
     * @return counts and wall time
     * @throws IOException when the file cannot be written
     */
    public static Result run(Path corpus, Path out, Ids ids) throws IOException {
        long started = System.nanoTime();
        SourceReader reader = new SourceReader();
        ThreadLocal<DocumentPipeline> pipelines = ThreadLocal.withInitial(
                () -> new DocumentPipeline(GenreRegistry.standard(), ids));
        long[] counts = new long[3];
        int threads = Runtime.getRuntime().availableProcessors();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            IOException[] failed = {null};
            OrderedParallel.forEach(new SourceWalker().expand(List.of(corpus)), f -> map(reader, pipelines.get(), f),
                    threads, 4 * threads + 4, w -> {
                        try {
                            append(w, os, counts);
                        } catch (IOException e) {
                            if (failed[0] == null) failed[0] = e;
                        }
                    });
            if (failed[0] != null) throw failed[0];
        }
        return new Result(counts[0], counts[1], counts[2], (System.nanoTime() - started) / 1e9);
    }

    /** Appends a document's quads and counts: [0] documents, [1] skipped, [2] quads. */
    private static void append(Written w, OutputStream os, long[] counts) throws IOException {
        if (w.nquads() == null) {
            counts[1]++;
            return;
        }
        counts[0]++;
        os.write(w.nquads());
        counts[2] += w.quads();
    }

    private static Written map(SourceReader reader, DocumentPipeline pipeline, Path file) {
        DocumentPipeline.Mapped m;
        try {
            m = pipeline.map(reader.read(file), ErrorHandler.silent());
        } catch (SourceException e) {
            return new Written(null, 0);
        }
        if (m.skipped() != null) return new Written(null, 0);
        return new Written(NQuadsText.of(m.document(), m.meta()), m.document().size() + m.meta().size());
    }
}
