package org.kinograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.generate.CorpusGenerator;
import org.kinograph.generate.FilmPool;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.PROVO;

/**
 * Ingest into an empty store goes through the bulk loader and gives the same store as
 * per-document transactions; the bulk path keeps duplicates, skips and re-ingest as they were, and
 * reports a document only once the load is committed.
 */
class TestBulkIngest {
    private static final Ids IDS = new Ids(Ids.DEFAULT_BASE);

    @TempDir
    Path tmp;

    /** A listener that keeps the outcomes and whether the bulk path was taken. */
    static final class Recorder implements Ingester.Listener {
        final List<Outcome> outcomes = new ArrayList<>();
        boolean bulk;

        @Override
        public void document(Outcome outcome) {
            outcomes.add(outcome);
        }

        @Override
        public void bulkLoading() {
            bulk = true;
        }
    }

    @Test
    void bulkAndPerDocumentTransactionsGiveTheSameStore() throws IOException {
        Path corpus = corpus(40);
        Recorder bulk = ingest(tmp.resolve("bulk"), corpus);
        assertThat(bulk.bulk).isTrue();
        assertThat(bulk.outcomes).hasSize(40).allMatch(o -> o.status() == Outcome.Status.OK);
        Path first = files(corpus).get(0);
        assertThat(ingest(tmp.resolve("each"), first).bulk).isTrue();
        Recorder each = ingest(tmp.resolve("each"), corpus);
        assertThat(each.bulk).isFalse();
        assertThat(each.outcomes).filteredOn(o -> o.status() == Outcome.Status.OK).hasSize(39);
        Set<Quad> a = quads(tmp.resolve("bulk"));
        assertThat(a).hasSizeGreaterThan(40 * 20);
        assertThat(difference(a, quads(tmp.resolve("each")))).isEmpty();
    }

    @Test
    void reingestAfterABulkLoadChangesNothing() throws IOException {
        Path corpus = corpus(12);
        ingest(tmp.resolve("s"), corpus);
        Set<Quad> before = quads(tmp.resolve("s"));
        Recorder again = ingest(tmp.resolve("s"), corpus);
        assertThat(again.bulk).isFalse();
        assertThat(again.outcomes).hasSize(12).allMatch(o -> o.status() == Outcome.Status.UNCHANGED);
        assertThat(difference(before, quads(tmp.resolve("s")))).isEmpty();
    }

    @Test
    void duplicatesAndSkipsInABulkLoad() throws IOException {
        Path corpus = corpus(3);
        Path doc = files(corpus).get(0);
        Path copy = Files.copy(doc, corpus.resolve("zz-copy.txt"));
        Files.writeString(corpus.resolve("zz-noise.txt"), "nothing about any film here\n");
        Recorder r = ingest(tmp.resolve("s"), corpus);
        assertThat(r.bulk).isTrue();
        assertThat(r.outcomes).extracting(Outcome::status).containsExactly(Outcome.Status.OK, Outcome.Status.OK,
                Outcome.Status.OK, Outcome.Status.UNCHANGED, Outcome.Status.SKIPPED);
        Set<Quad> stored = quads(tmp.resolve("s"));
        assertThat(stored).anyMatch(q -> q.getPredicate().equals(KINO.filePath) && path(copy).equals(q.getObject()));
        assertThat(stored).anyMatch(q -> q.getPredicate().equals(KINO.filePath) && path(doc).equals(q.getObject()));
        assertThat(stored).noneMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().contains("zz-noise"));
    }

    @Test
    void aBulkLoadReportsItsDocumentsOnlyOnceTheyAreStored() throws IOException {
        // A crash during the load loses every document of it: none may have been reported written.
        Path corpus = corpus(6);
        List<String> events = new ArrayList<>();
        try (KinographStore s = KinographStore.open(tmp.resolve("s"), IDS)) {
            new Ingester(s, GenreRegistry.standard(), IDS).ingest(List.of(corpus), new Ingester.Listener() {
                @Override
                public void loading(Outcome o) {
                    events.add("loading");
                }

                @Override
                public void document(Outcome o) {
                    boolean stored = s.dataset().calculateRead(() -> s.dataset().asDatasetGraph()
                            .find(IDS.metaGraph(), Node.ANY, KINO.filePath, path(o.path())).hasNext());
                    events.add(stored ? "stored" : "reported before it was stored");
                }
            });
        }
        assertThat(events).containsExactly("loading", "loading", "loading", "loading", "loading", "loading",
                "stored", "stored", "stored", "stored", "stored", "stored");
    }

    private static Node path(Path p) {
        return NodeFactory.createLiteralString(p.toString());
    }

    private Path corpus(int docs) throws IOException {
        Path out = tmp.resolve("corpus");
        CorpusGenerator.generate(docs, 11, out, FilmPool.builtIn(), (d, f, n, t) -> {});
        return out;
    }

    private static List<Path> files(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        }
    }

    private static Recorder ingest(Path store, Path... paths) {
        Recorder r = new Recorder();
        try (KinographStore s = KinographStore.open(store, IDS)) {
            new Ingester(s, GenreRegistry.standard(), IDS).ingest(List.of(paths), r);
        }
        return r;
    }

    /** @return the store's quads without the meta graph's timestamps */
    private static Set<Quad> quads(Path dir) {
        Set<Quad> out = new HashSet<>();
        try (KinographStore store = KinographStore.open(dir, IDS)) {
            store.dataset().executeRead(() -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                boolean time = q.getGraph().equals(IDS.metaGraph()) && (q.getPredicate().equals(PROVO.startedAtTime)
                        || q.getPredicate().equals(PROVO.endedAtTime));
                if (!time) out.add(q);
            }));
        }
        return out;
    }

    private static List<String> difference(Set<Quad> a, Set<Quad> b) {
        List<String> out = new ArrayList<>();
        a.stream().filter(q -> !b.contains(q)).limit(20).forEach(q -> out.add("- " + q));
        b.stream().filter(q -> !a.contains(q)).limit(20).forEach(q -> out.add("+ " + q));
        return out;
    }
}
