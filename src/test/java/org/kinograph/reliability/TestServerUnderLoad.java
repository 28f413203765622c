package org.kinograph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.Ingester;
import org.kinograph.ingest.Outcome;
import org.kinograph.serve.KinographServer;
import org.kinograph.store.KinographStore;
import org.kinograph.testing.Graphs;
import org.kinograph.vocab.Ids;

/**
 * The served store under load while an ingest writes to it, in one process (the documented way
 * to update a served store): 16 SPARQL clients query for {@code kinograph.load.seconds} (60 by
 * default, in every build) while new documents are ingested and older ones replaced by new
 * versions.
 * No answer is a 5xx, no client ever sees part of a document (every graph seen has its whole
 * count of quads and its meta entry), and the final store is what a plain ingest of the final
 * files gives.
 */
public class TestServerUnderLoad {
    private static final Ids IDS = new Ids(Ids.DEFAULT_BASE);
    private static final String EPOCH = "1700000000";
    private Path work;
    private String epochBefore;

    @BeforeEach
    void fixTimestamps() {
        epochBefore = System.getProperty("kinograph.sourceDateEpoch");
        System.setProperty("kinograph.sourceDateEpoch", EPOCH); // the served store and the expected one compare equal
        work = Results.scratch("load");
    }

    @AfterEach
    void restore() throws IOException {
        if (epochBefore == null) System.clearProperty("kinograph.sourceDateEpoch");
        else System.setProperty("kinograph.sourceDateEpoch", epochBefore);
        PathUtils.deleteDirectory(work);
    }

    @Test
    void clientsNeverSeeHalfADocumentAndNothingFails() throws Exception {
        int clients = Integer.getInteger("kinograph.load.clients", 16);
        int seconds = Integer.getInteger("kinograph.load.seconds", 60);
        List<CorpusGenerator.Doc> first = new CorpusGenerator(101).write(work.resolve("first"), 40);
        List<CorpusGenerator.Doc> later = new CorpusGenerator(202).write(work.resolve("later"), 120);
        List<CorpusGenerator.Doc> versions = new CorpusGenerator(303).write(work.resolve("versions"), 10);
        Map<Node, Integer> expected = new HashMap<>();
        for (List<CorpusGenerator.Doc> docs : List.of(first, later, versions)) docs.forEach(d -> expect(d.file(), expected));

        JsonObject report = new JsonObject();
        try (KinographStore store = KinographStore.open(work.resolve("store"), IDS)) {
            new Ingester(store, GenreRegistry.standard(), IDS).ingest(List.of(work.resolve("first")), o -> { });
            try (KinographServer server = KinographServer.start(store, IDS, KinographServer.Options.readOnly("127.0.0.1", 0, 30))) {
                List<String> pages = first.stream().skip(versions.size()) // the first ones get replaced
                        .map(d -> server.localUrl(IDS.film(d.title(), d.year()))).toList();
                LoadClients load = new LoadClients(server.sparqlUrl(), pages, expected, IDS.metaGraph());
                long start = System.nanoTime();
                long deadline = start + seconds * 1_000_000_000L;
                Writer writer = new Writer(store, later, versions, first, start, deadline);
                writer.start();
                load.run(clients, deadline, 42);
                writer.join(120_000);
                report = report(load, writer, clients, seconds);
                assertThat(writer.isAlive()).as("the ingest ended").isFalse();
                assertThat(writer.failures).as("ingest failures").isEmpty();
                assertThat(load.requests()).as("requests").isGreaterThan(clients * 10L);
                assertThat(load.serverErrors()).as("5xx answers").isZero();
                assertThat(load.transportErrors()).as("requests without an answer").isZero();
                assertThat(load.violations()).as("what clients saw").isEmpty();
                assertThat(load.distinctGraphCounts()).as("clients saw the store change").isGreaterThan(10);
            }
            // The writer ingested file by file; a run of ingest ends with entity resolution, so the
            // store is compared once it ran (the clients' counts are those of the graphs as mapped).
            new Ingester(store, GenreRegistry.standard(), IDS).resolve(o -> { });
            boolean same = IsoMatcher.isomorphic(copy(store), plainIngest());
            report.put("finalStoreAsExpected", same);
            assertThat(same).as("the final store is what a plain ingest of the final files gives").isTrue();
        } finally {
            Results.write("load", report);
        }
    }

    @Test
    void theClientsSeeADocumentStoredByHalves() throws Exception {
        List<CorpusGenerator.Doc> docs = new CorpusGenerator(404).write(work.resolve("docs"), 6);
        Map<Node, Integer> expected = new HashMap<>();
        docs.forEach(d -> expect(d.file(), expected));
        try (KinographStore store = KinographStore.open(work.resolve("store"), IDS)) {
            new Ingester(store, GenreRegistry.standard(), IDS).ingest(List.of(work.resolve("docs")), o -> { });
            Node half = IDS.graph(Graphs.read(docs.get(1).file()).id());
            Node gone = IDS.graph(Graphs.read(docs.get(2).file()).id());
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> {
                dsg.delete(dsg.find(half, Node.ANY, Node.ANY, Node.ANY).next());
                dsg.deleteAny(gone, Node.ANY, Node.ANY, Node.ANY);
            });
            try (KinographServer server = KinographServer.start(store, IDS, KinographServer.Options.readOnly("127.0.0.1", 0, 30))) {
                LoadClients load = new LoadClients(server.sparqlUrl(), List.of(server.url()), expected, IDS.metaGraph());
                load.run(2, System.nanoTime() + 3_000_000_000L, 7);
                assertThat(load.violations()).anySatisfy(v -> assertThat(v).startsWith("half a document: " + half))
                        .anySatisfy(v -> assertThat(v).startsWith("a meta entry whose graph is missing: " + gone));
            }
        }
    }

    private static void expect(Path file, Map<Node, Integer> expected) {
        var doc = Graphs.read(file);
        expected.put(IDS.graph(doc.id()), Graphs.map(doc).document().size());
    }

    private static JsonObject report(LoadClients load, Writer writer, int clients, int seconds) {
        JsonObject o = load.figures();
        o.put("clients", clients);
        o.put("seconds", seconds);
        o.put("documentsIngestedUnderLoad", writer.written.get());
        o.put("documentsReplacedUnderLoad", writer.replaced.get());
        o.put("distinctGraphCountsSeen", load.distinctGraphCounts());
        o.put("violationsSample", String.join("\n", load.violations().stream().limit(10).toList()));
        System.out.printf("server under load: %s requests, %s 5xx, %s violations, %d documents ingested, %d replaced%n",
                o.get("requests"), o.get("serverErrors"), o.get("violations"), writer.written.get(), writer.replaced.get());
        return o;
    }

    /** Ingests the later documents one by one, and replaces some first ones by new versions, spread over the run. */
    private static final class Writer extends Thread {
        final AtomicInteger written = new AtomicInteger();
        final AtomicInteger replaced = new AtomicInteger();
        final List<String> failures = new ArrayList<>();
        private final Ingester ingester;
        private final List<CorpusGenerator.Doc> later;
        private final List<CorpusGenerator.Doc> versions;
        private final List<CorpusGenerator.Doc> first;
        private final long start;
        private final long deadline;

        Writer(KinographStore store, List<CorpusGenerator.Doc> later, List<CorpusGenerator.Doc> versions,
                List<CorpusGenerator.Doc> first, long start, long deadline) {
            super("load-writer");
            this.ingester = new Ingester(store, GenreRegistry.standard(), IDS);
            this.later = later;
            this.versions = versions;
            this.first = first;
            this.start = start;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            List<Integer> plan = new ArrayList<>(); // >= 0: a later document; < 0: -1 - the version to write
            for (int i = 0, v = 0; i < later.size(); i++) {
                plan.add(i);
                if (i % 12 == 5 && v < versions.size()) plan.add(-1 - v++);
            }
            for (int step = 0; step < plan.size(); step++) {
                pace(step, plan.size());
                int p = plan.get(step);
                try {
                    if (p >= 0) ingest(later.get(p).file(), written);
                    else replace(-1 - p);
                } catch (IOException e) {
                    failures.add(e.toString());
                }
            }
        }

        /** Writes a new version of a first document over it, then ingests it (it replaces the old graph). */
        private void replace(int k) throws IOException {
            Path target = first.get(k).file();
            Files.copy(versions.get(k).file(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ingest(target, replaced);
        }

        private void ingest(Path file, AtomicInteger counter) {
            Outcome o = ingester.ingestFile(file);
            if (o.status() == Outcome.Status.OK) counter.incrementAndGet();
            else failures.add(file.getFileName() + ": " + o.status() + " " + o.detail());
        }

        /** Waits until step {@code i} of {@code n} is due: the steps fill the middle 80% of the run. */
        private void pace(int i, int n) {
            long span = deadline - start;
            long due = start + span / 10 + span * 8 / 10 * i / n;
            long wait = (due - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static DatasetGraph copy(KinographStore store) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Txn.executeRead(dsg, () -> Txn.executeWrite(out, () -> dsg.find().forEachRemaining(out::add)));
        return out;
    }

    /** @return the store a plain ingest of the final files writes (first, with its replaced versions, and later). */
    private DatasetGraph plainIngest() {
        Path dir = work.resolve("expected");
        try (KinographStore s = KinographStore.open(dir, IDS)) {
            new Ingester(s, GenreRegistry.standard(), IDS).ingest(List.of(work.resolve("first"), work.resolve("later")), o -> { });
            return copy(s);
        }
    }
}
