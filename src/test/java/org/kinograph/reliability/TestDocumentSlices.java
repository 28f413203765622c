package org.kinograph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.Ingester;
import org.kinograph.resolve.Rewriter;
import org.kinograph.store.KinographStore;
import org.kinograph.testing.Graphs;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;

/**
 * The crash harness's judge finds a document stored by halves, a stray quad and a lone agent, and
 * takes documents that entity resolution has not rewritten yet for whole.
 */
public class TestDocumentSlices {
    @TempDir
    Path tmp;

    private static final Ids IDS = new Ids(Ids.DEFAULT_BASE);
    private DatasetGraph reference;
    private DocumentSlices slices;
    private List<Path> files;

    private String epochBefore;

    @BeforeEach
    void reference() {
        epochBefore = System.getProperty("kinograph.sourceDateEpoch");
        System.setProperty("kinograph.sourceDateEpoch", "1700000000"); // stores written apart compare equal
        files = new CorpusGenerator(11).write(tmp.resolve("corpus"), 6).stream()
                .map(d -> d.file().toAbsolutePath().normalize()).toList();
        try (KinographStore s = KinographStore.open(tmp.resolve("store"), IDS)) {
            new Ingester(s, GenreRegistry.standard(), IDS).ingest(List.of(tmp.resolve("corpus")), o -> { });
        }
        reference = StoreSnapshot.load(tmp.resolve("store"));
        slices = new DocumentSlices(reference, IDS, files);
    }

    @AfterEach
    void epoch() {
        if (epochBefore == null) System.clearProperty("kinograph.sourceDateEpoch");
        else System.setProperty("kinograph.sourceDateEpoch", epochBefore);
    }

    private DatasetGraph copy() {
        DatasetGraph c = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(c, () -> StoreSnapshot.quads(reference).forEach(c::add));
        return c;
    }

    @Test
    void theReferenceIsWholeAndAnEmptyStoreIsAbsent() {
        assertThat(slices.judge(reference)).isEqualTo(new DocumentSlices.Verdict(6, 0, List.of()));
        assertThat(slices.judge(DatasetGraphFactory.createTxnMem())).isEqualTo(new DocumentSlices.Verdict(0, 6, List.of()));
    }

    @Test
    void documentsNotYetResolvedOrRewrittenByResolutionAreWhole() {
        // What a crash after the documents and before or during entity resolution leaves: marks of
        // documents waiting, no resolution graphs, and some graphs rewritten to resolved IRIs.
        try (KinographStore s = KinographStore.open(tmp.resolve("unresolved"), IDS)) {
            Ingester ingester = new Ingester(s, GenreRegistry.standard(), IDS);
            files.forEach(ingester::ingestFile);
        }
        DatasetGraph store = StoreSnapshot.load(tmp.resolve("unresolved"));
        Node graph = IDS.graph(Graphs.read(files.get(0)).id());
        Txn.executeWrite(store, () -> assertThat(Rewriter.rewrite(store, graph,
                n -> n.isURI() && n.getURI().contains("/film/") ? NodeFactory.createURI(n.getURI() + "-merged") : n)).isTrue());
        assertThat(StoreSnapshot.quads(store)).anySatisfy(q -> assertThat(q.getPredicate()).isEqualTo(KINO.resolutionPending));
        assertThat(slices.judge(store)).isEqualTo(new DocumentSlices.Verdict(6, 0, List.of()));
    }

    @Test
    void aDocumentMissingOneQuadIsPartlyStored() {
        DatasetGraph c = copy();
        Node path = NodeFactory.createLiteralString(files.get(2).toString());
        Txn.executeWrite(c, () -> c.delete(c.find(IDS.metaGraph(), Node.ANY, KINO.filePath, path).next()));
        DocumentSlices.Verdict v = slices.judge(c);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).anySatisfy(p -> assertThat(p).startsWith("partly stored: " + files.get(2).getFileName()));
    }

    @Test
    void aStrayQuadAndAnAgentWithoutItsDocumentAreFound() {
        DatasetGraph c = DatasetGraphFactory.createTxnMem();
        Node agent = IDS.agent("kinograph forum-page mapper");
        Txn.executeWrite(c, () -> {
            StoreSnapshot.quads(reference).stream().filter(q -> q.getSubject().equals(agent)).forEach(c::add);
            c.add(Quad.create(IDS.graph("0000000000000000"), agent, agent, agent));
        });
        DocumentSlices.Verdict v = slices.judge(c);
        assertThat(v.problems()).anySatisfy(p -> assertThat(p).startsWith("agent of no stored document"))
                .anySatisfy(p -> assertThat(p).startsWith("unexpected quad"));
    }
}
