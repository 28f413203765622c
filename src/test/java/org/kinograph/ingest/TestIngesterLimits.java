package org.kinograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.article.EncyclopediaArticle;
import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.Genre;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.genre.GenreScore;
import org.kinograph.model.ParsedDocument;
import org.kinograph.reliability.IngestProcess;
import org.kinograph.source.Source;
import org.kinograph.store.KinographStore;
import org.kinograph.store.Stats;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;

/** Each document's time budget, size limit and fact limit; a document past one leaves the store as it was. */
public class TestIngesterLimits {
    @TempDir
    Path tmp;

    private static final Ids IDS = new Ids(Ids.DEFAULT_BASE);

    /** A genre for texts that contain its name, whose parser misbehaves as told. */
    private record Misbehaving(String name, Runnable parse) implements Genre {
        @Override
        public GenreScore score(String text) {
            return new GenreScore(text.contains(name) ? 1 : 0, name);
        }

        @Override
        public ParsedDocument parse(Source source, ErrorHandler errors) {
            parse.run();
            return ParsedDocument.noFilm(name, "never reached");
        }
    }

    private static GenreRegistry genres() {
        GenreRegistry g = new GenreRegistry();
        g.register(new EncyclopediaArticle());
        g.register(new Misbehaving("HANG", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        g.register(new Misbehaving("RECURSE", TestIngesterLimits::recurse));
        return g;
    }

    private static void recurse() {
        recurse();
    }

    private Path corpus() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(dir.resolve("1-hang.txt"), "HANG");
        Files.writeString(dir.resolve("2-recurse.txt"), "RECURSE");
        Files.copy(TestFiles.repo().resolve("examples/corpus/seven-samurai-1954.txt"), dir.resolve("3-article.txt"));
        return dir;
    }

    @Test
    void aDocumentPastItsTimeBudgetFailsAndTheNextOnesAreIngested() throws Exception {
        Path docs = corpus();
        try (KinographStore store = KinographStore.open(tmp.resolve("store"), IDS)) {
            long t0 = System.nanoTime();
            // The budget leaves room for the recursion to fill the workers' 16 MB stack (a quarter of
            // a second on an idle 2-core machine, over 300 ms on a busy one).
            List<Outcome> out = new Ingester(store, genres(), IDS, new Ingester.Limits(Duration.ofSeconds(2), 1 << 20))
                    .ingest(List.of(docs), o -> { });
            assertThat((System.nanoTime() - t0) / 1_000_000).as("not held up by the sleeping parser").isLessThan(30_000);
            assertThat(out).extracting(Outcome::status)
                    .containsExactly(Outcome.Status.FAILED, Outcome.Status.FAILED, Outcome.Status.OK);
            assertThat(out.get(0).detail()).isEqualTo("took longer than 2 s to read and map (the time budget per document); "
                    + "nothing written");
            assertThat(out.get(1).detail()).contains("nesting too deep");
            assertThat(Stats.of(store).documents()).isEqualTo(1);
        }
    }

    @Test
    void theFirstDocumentsOfAProcessDoNotPayItsStartUp() {
        // In a fresh JVM the first document mapped loads and initialises the mapping code: over a
        // second on a 2-core machine, against some tens of milliseconds for a document afterwards.
        Path corpus = TestFiles.repo().resolve("examples/corpus");
        IngestProcess.Ended run = IngestProcess.run(tmp.resolve("store"), corpus, null, 300, "--doc-timeout", "0.5");
        assertThat(run.output()).as("no document charged the start-up").noneMatch(l -> l.contains("time budget"));
        assertThat(run.exit()).as(String.join("\n", run.output())).isZero();
        assertThat(run.documentsWritten()).isEqualTo(7);
    }

    @Test
    void aFileOverTheSizeLimitIsSkipped() throws Exception {
        Path docs = corpus();
        try (KinographStore store = KinographStore.open(tmp.resolve("store"), IDS)) {
            Outcome o = new Ingester(store, genres(), IDS, new Ingester.Limits(Duration.ofSeconds(10), 100))
                    .ingestFile(docs.resolve("3-article.txt"));
            assertThat(o.status()).isEqualTo(Outcome.Status.SKIPPED);
            assertThat(o.detail()).startsWith("too large: ");
        }
        assertThatThrownBy(() -> new Ingester.Limits(Duration.ZERO, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentProducingTooManyQuadsIsStopped() {
        QuadCollector c = new QuadCollector(3);
        for (int i = 0; i < 3; i++) c.quad(Quad.create(IDS.graph("g"), IDS.source("s" + i), IDS.source("p"), IDS.source("o")));
        c.quad(Quad.create(IDS.graph("g"), IDS.source("s0"), IDS.source("p"), IDS.source("o"))); // a repeat is no new quad
        assertThatThrownBy(() -> c.quad(Quad.create(IDS.graph("g"), IDS.source("s9"), IDS.source("p"), IDS.source("o"))))
                .isInstanceOf(QuadCollector.TooManyQuads.class).hasMessageContaining("more than 3 quads");
    }
}
