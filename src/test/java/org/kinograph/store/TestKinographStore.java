package org.kinograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.Genre;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.genre.GenreScore;
import org.kinograph.ingest.Ingester;
import org.kinograph.ingest.Outcome;
import org.kinograph.model.ParsedDocument;
import org.kinograph.source.Source;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;

/** The store on a real TDB2 folder: atomic, idempotent, replacing per document. */
public class TestKinographStore {
    @TempDir
    Path tmp;

    static final Ids IDS = new Ids(Ids.DEFAULT_BASE);

    private static List<Quad> all(KinographStore store) {
        return store.dataset().calculateRead(() -> {
            List<Quad> out = new java.util.ArrayList<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(out::add);
            return out;
        });
    }

    private Path copyOfExample(String name) throws IOException {
        Path f = tmp.resolve("docs").resolve(name);
        Files.createDirectories(f.getParent());
        Files.copy(TestFiles.repo().resolve("examples/corpus").resolve(name), f);
        return f;
    }

    @Test
    void ingestingTheSameFileTwiceChangesNothing() throws IOException {
        Path doc = copyOfExample("seven-samurai-1954.txt");
        try (KinographStore store = KinographStore.open(tmp.resolve("s"), IDS)) {
            Ingester in = new Ingester(store, GenreRegistry.standard(), IDS);
            assertThat(in.ingestFile(doc).status()).isEqualTo(Outcome.Status.OK);
            List<Quad> first = all(store);
            Outcome again = in.ingestFile(doc);
            assertThat(again.status()).isEqualTo(Outcome.Status.UNCHANGED);
            assertThat(again.detail()).contains("unchanged");
            assertThat(all(store)).containsExactlyInAnyOrderElementsOf(first);
        }
    }

    @Test
    void editingALineReplacesTheDocumentsGraph() throws IOException {
        Path doc = copyOfExample("seven-samurai-1954.txt");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        assertThat(text).contains("- Runtime: 207 minutes");
        try (KinographStore store = KinographStore.open(tmp.resolve("s"), IDS)) {
            Ingester in = new Ingester(store, GenreRegistry.standard(), IDS);
            in.ingestFile(doc);
            Node oldGraph = IDS.graph(new org.kinograph.source.SourceReader().read(doc).id());
            Files.writeString(doc, text.replace("- Runtime: 207 minutes", "- Runtime: 160 minutes"), StandardCharsets.UTF_8);
            Outcome o = in.ingestFile(doc);
            assertThat(o.status()).isEqualTo(Outcome.Status.OK);
            assertThat(o.detail()).contains("replaced");
            List<Quad> quads = all(store);
            assertThat(quads).noneMatch(q -> q.getGraph().equals(oldGraph));
            assertThat(quads).noneMatch(q -> q.getSubject().equals(IDS.source(oldGraph.getURI().replaceAll(".*/", ""))));
            assertThat(durations(quads)).containsExactly("PT160M");
            assertThat(store.dataset().calculateRead(() -> Stats.of(store)).documents()).isEqualTo(1);
        } catch (org.kinograph.source.SourceException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> durations(List<Quad> quads) {
        return quads.stream().filter(q -> q.getPredicate().getURI().equals("http://schema.org/duration"))
                .map(q -> q.getObject().getLiteralLexicalForm()).toList();
    }

    @Test
    void aDocumentThatFailsLeavesTheStoreAsItWas() throws IOException {
        Path good = copyOfExample("departures-2008.txt");
        Path bad = copyOfExample("spirited-away-2001.txt");
        GenreRegistry registry = new GenreRegistry(); // the exploding genre first: it is certain, so it wins
        registry.register(new Exploding());
        registry.register(GenreRegistry.standard().genres().get(0));
        try (KinographStore store = KinographStore.open(tmp.resolve("s"), IDS)) {
            Ingester in = new Ingester(store, registry, IDS);
            assertThat(in.ingestFile(good).status()).isEqualTo(Outcome.Status.FAILED);
        }
        // With only the real genre, the good file goes in; then a failing genre must not touch it.
        GenreRegistry real = new GenreRegistry();
        real.register(GenreRegistry.standard().genres().get(0));
        try (KinographStore store = KinographStore.open(tmp.resolve("s2"), IDS)) {
            assertThat(new Ingester(store, real, IDS).ingestFile(good).status()).isEqualTo(Outcome.Status.OK);
            List<Quad> before = all(store);
            Outcome failed = new Ingester(store, registry, IDS).ingestFile(bad);
            assertThat(failed.status()).isEqualTo(Outcome.Status.FAILED);
            assertThat(failed.detail()).contains("boom");
            assertThat(all(store)).containsExactlyInAnyOrderElementsOf(before);
        }
    }

    @Test
    void sameBytesUnderAnotherNameAreNotStoredTwice() throws IOException {
        Path a = copyOfExample("departures-2008.txt");
        Path b = tmp.resolve("docs/copy-of-departures.txt");
        Files.copy(a, b);
        try (KinographStore store = KinographStore.open(tmp.resolve("s"), IDS)) {
            Ingester in = new Ingester(store, GenreRegistry.standard(), IDS);
            in.ingestFile(a);
            long graphs = Stats.of(store).graphs();
            Outcome o = in.ingestFile(b);
            assertThat(o.status()).isEqualTo(Outcome.Status.UNCHANGED);
            assertThat(Stats.of(store).graphs()).isEqualTo(graphs);
        }
    }

    @Test
    void afterTheRoundTripEveryStoredTripleStillMatchesItsReifier() throws IOException {
        // TDB2 stores some literals by value: the stored triple and the triple term in its reifier
        // must come back as the same term, or exports lose the link between fact and provenance.
        try (KinographStore store = KinographStore.open(tmp.resolve("s"), IDS)) {
            Ingester in = new Ingester(store, GenreRegistry.standard(), IDS);
            for (String name : List.of("spirited-away-2001.txt", "departures-2008.txt")) {
                assertThat(in.ingestFile(copyOfExample(name)).status()).isEqualTo(Outcome.Status.OK);
            }
            List<Quad> quads = all(store);
            java.util.Set<org.apache.jena.graph.Triple> reified = new java.util.HashSet<>();
            quads.stream().filter(q -> q.getPredicate().equals(org.apache.jena.vocabulary.RDF.Nodes.reifies))
                    .forEach(q -> reified.add(q.getObject().getTriple()));
            List<Quad> facts = quads.stream().filter(q -> !q.getGraph().equals(IDS.metaGraph()))
                    .filter(q -> !org.kinograph.prov.Provenance.isReifierQuad(q)).toList();
            assertThat(facts).hasSizeGreaterThan(100);
            assertThat(facts).allSatisfy(q -> assertThat(reified).as("reifier of " + q).contains(q.asTriple()));
        }
    }

    /** A genre that claims every text and then fails while parsing it. */
    static final class Exploding implements Genre {
        @Override public String name() { return "exploding"; }
        @Override public GenreScore score(String text) { return new GenreScore(1.0, "always"); }
        @Override public ParsedDocument parse(Source source, ErrorHandler errors) {
            throw new IllegalStateException("boom");
        }
    }
}
