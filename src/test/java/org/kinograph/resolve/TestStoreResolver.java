package org.kinograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.Ingester;
import org.kinograph.ingest.Outcome;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;

/**
 * A resolution run stopped after any of its steps leaves marks from which the next run completes
 * it: the store then equals one resolved in a single run (clock readings aside). Real TDB2 stores
 * on disk; the stop is an exception thrown once a step has committed.
 */
public class TestStoreResolver {
    static final Ids IDS = new Ids(Ids.DEFAULT_BASE);
    /** The same film as {@link TestReresolution#ARTICLE_1999}, with another running time: a conflict. */
    static final String OTHER_RUNTIME = TestReresolution.ARTICLE_1999.replace("98 minutes", "104 minutes")
            .replace("keeps a lantern lit", "keeps the harbour lantern lit");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"plan", "rewrite"})
    void aRunStoppedAfterAStepIsCompletedByTheNext(String step) throws IOException {
        Path[] docs = corpus();
        try (KinographStore reference = stored("reference", docs); KinographStore stopped = stored("stopped", docs)) {
            Resolver.Report once = new StoreResolver(IDS).resolve(reference);
            assertThat(once.rewritten()).as("the corpus has a merge to rewrite").isPositive();
            assertThat(once.conflicts()).as("the corpus has a conflict").isPositive();

            StoreResolver crashing = new StoreResolver(IDS, TrustWeights.defaults(), s -> {
                if (s.equals(step)) throw new IllegalStateException("stopped after " + s);
            });
            assertThatThrownBy(() -> crashing.resolve(stopped)).hasMessage("stopped after " + step);
            assertThat(marked(stopped, IDS.conflictsGraph())).as("the conflicts step is still owed").isTrue();
            StoreResolver next = new StoreResolver(IDS);
            assertThat(next.pending(stopped)).as("the next ingest sees work to do").isTrue();
            next.resolve(stopped);
            assertThat(new StoreResolver(IDS).pending(stopped)).as("nothing left pending").isFalse();
            assertThat(IsoMatcher.isomorphic(withoutClock(reference), withoutClock(stopped)))
                    .as("the completed store equals one resolved in a single run").isTrue();
        }
    }

    private Path[] corpus() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("docs"));
        Path[] files = {dir.resolve("a.txt"), dir.resolve("b.txt"), dir.resolve("c.md")};
        Files.writeString(files[0], TestReresolution.ARTICLE_1999, StandardCharsets.UTF_8);
        Files.writeString(files[1], OTHER_RUNTIME, StandardCharsets.UTF_8);
        Files.writeString(files[2], TestReresolution.post(null), StandardCharsets.UTF_8);
        return files;
    }

    /** A store with the documents written one by one and not resolved. */
    private KinographStore stored(String name, Path... docs) {
        KinographStore store = KinographStore.open(tmp.resolve(name), IDS);
        Ingester ingester = new Ingester(store, GenreRegistry.standard(), IDS);
        for (Path doc : docs) assertThat(ingester.ingestFile(doc).status()).isEqualTo(Outcome.Status.OK);
        return store;
    }

    private static boolean marked(KinographStore store, Node graph) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                .contains(IDS.metaGraph(), graph, KINO.resolutionPending, StoreResolver.PENDING));
    }

    /** The store's quads in memory, without the times of day recorded (two runs never share them). */
    private static DatasetGraph withoutClock(KinographStore store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
            Node o = q.getObject();
            if (!(o.isLiteral() && XSDDatatype.XSDdateTime.equals(o.getLiteralDatatype()))) copy.add(q);
        }));
        return copy;
    }
}
