package org.kinograph.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

import org.kinograph.article.EncyclopediaArticle;
import org.kinograph.web.BlogReview;
import org.kinograph.web.ForumPage;
import org.kinograph.web.StaticSitePost;

/**
 * Writes a deterministic corpus of documents about films of a {@link FilmPool}, in all four
 * genres: encyclopedia articles (30%), forum pages (25%), blog reviews (20%) and static-site posts
 * (25%), two to five documents per film, each shaped like the real documents of its genre (see
 * docs/mapping.md). The same number of documents, seed and pool give byte-identical files.
 *
 * <p>Files go into sub-folders of at most {@value #FOLDER_SIZE} documents ({@code 0000/},
 * {@code 0001/} …), named {@code NNNNNN-<genre>-<title slug>.<ext>}; a hidden {@value #MANIFEST}
 * (tab-separated: file, genre, film IRI, title, year) says what each document is, for benchmarks
 * and tests; ingest skips hidden files.
 */
public final class CorpusGenerator {
    /** The most documents written into one sub-folder. */
    public static final int FOLDER_SIZE = 1000;
    /** The manifest's file name. */
    public static final String MANIFEST = ".manifest.tsv";

    /** The genres a corpus is written in, with their share of the documents (out of 20). */
    public enum Kind {
        /** Encyclopedia articles. */
        ARTICLE(EncyclopediaArticle.NAME, 6, "txt"),
        /** Forum pages. */
        FORUM(ForumPage.NAME, 5, "txt"),
        /** Blog reviews. */
        BLOG(BlogReview.NAME, 4, "txt"),
        /** Static-site posts. */
        STATIC_POST(StaticSitePost.NAME, 5, "md");

        private final String genre;
        final int share;
        final String extension;

        Kind(String genre, int share, String extension) {
            this.genre = genre;
            this.share = share;
            this.extension = extension;
        }

        /** @return the name of the genre a document of this kind is detected as ({@code kino:genre}) */
        public String genre() {
            return genre;
        }
    }

    /**
     * A generated document.
     *
     * @param index    its number in the corpus, from 0
     * @param path     where it goes, relative to the corpus folder ({@code 0000/000000-….txt})
     * @param kind     its genre
     * @param film     the film it is about
     * @param text     its content
     */
    public record Document(int index, String path, Kind kind, FilmPool.Film film, String text) {}

    /** Receives progress while a corpus is written. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called after each document is written.
         *
         * @param document the document
         * @param file     the file it was written to
         * @param done     how many documents are written so far
         * @param total    how many will be
         */
        void written(Document document, Path file, int done, int total);
    }

    /**
     * What was written.
     *
     * @param folder    the corpus folder
     * @param documents the number of documents
     * @param films     the number of distinct films they are about
     * @param perKind   the number of documents of each genre, in the order of {@link Kind}
     * @param elapsed   how long it took
     */
    public record Result(Path folder, int documents, int films, Map<Kind, Integer> perKind, Duration elapsed) {}

    private CorpusGenerator() {}

    /**
     * The documents of a corpus, generated one at a time (nothing is written). Documents are
     * generated in order: the first n of a corpus of N are the corpus of n.
     *
     * @param docs how many
     * @param seed the seed
     * @param pool the films
     * @return the documents, in order
     * @throws IllegalArgumentException when docs is negative or no film of the pool can be written about
     */
    public static Iterator<Document> documents(int docs, long seed, FilmPool pool) {
        return new Plan(docs, seed, pool);
    }

    /**
     * Writes a corpus into a folder (created when missing); files of the same name are replaced.
     *
     * @param docs     how many documents
     * @param seed     the seed: the same docs, seed and pool give byte-identical files
     * @param out      the corpus folder
     * @param pool     the films
     * @param listener progress, called after each document
     * @return what was written
     * @throws IOException when a file cannot be written
     */
    public static Result generate(int docs, long seed, Path out, FilmPool pool, Listener listener) throws IOException {
        long started = System.nanoTime();
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) perKind.put(k, 0);
        Files.createDirectories(out);
        Plan plan = new Plan(docs, seed, pool);
        int done = 0;
        try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            manifest.write("file\tgenre\tfilm\ttitle\tyear\n");
            while (plan.hasNext()) {
                Document d = plan.next();
                Path file = write(out, d);
                manifest.write(d.path() + "\t" + d.kind().genre() + "\t" + d.film().id() + "\t" + d.film().title()
                        + "\t" + d.film().year() + "\n");
                perKind.merge(d.kind(), 1, Integer::sum);
                listener.written(d, file, ++done, docs);
            }
        }
        return new Result(out, done, plan.films(), Collections.unmodifiableMap(perKind),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static Path write(Path out, Document d) throws IOException {
        Path file = out.resolve(d.path());
        Files.createDirectories(file.getParent());
        Files.writeString(file, d.text(), StandardCharsets.UTF_8);
        return file;
    }
}
