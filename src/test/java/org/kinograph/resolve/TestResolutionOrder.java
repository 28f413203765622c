package org.kinograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.store.KinographStore;
import org.kinograph.testing.Cli;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.PROVO;

/**
 * The result does not depend on the order documents come in: the seeds (and a real page about
 * the same film) ingested in several orders, all at once or one at a time (so that resolution
 * runs, merges and rewrites after every document), give isomorphic datasets; only the meta
 * graph's timestamps differ.
 */
public class TestResolutionOrder {
    @TempDir
    Path tmp;

    static Path[] documents() {
        return new Path[] {TestFiles.seedArticle(), TestFiles.seedForum(), TestFiles.seedBlog(), TestFiles.seedStaticPost(),
            TestFiles.sharedFile("corpus/real/koizora__livejournal_review.txt")};
    }

    @Test
    void everyOrderGivesTheSameDataset() {
        Path[] d = documents();
        DatasetGraph together = load(ingestAtOnce("together", d[0], d[1], d[2], d[3], d[4]));
        List<Path[]> orders = List.of(
                new Path[] {d[0], d[1], d[2], d[3], d[4]},
                new Path[] {d[4], d[3], d[2], d[1], d[0]},
                new Path[] {d[2], d[3], d[0], d[4], d[1]},
                new Path[] {d[3], d[1], d[4], d[0], d[2]});
        int n = 0;
        for (Path[] order : orders) {
            Path store = tmp.resolve("order-" + n++);
            for (Path doc : order) {
                Cli.Run r = Cli.ingest(store, doc);
                assertThat(r.exit()).as(r.out() + r.err()).isZero();
            }
            DatasetGraph one = load(store);
            assertThat(difference(together, one)).as("order " + n).isEmpty();
            assertThat(IsoMatcher.isomorphic(together, one)).as("order " + n + " is isomorphic").isTrue();
        }
        assertThat(together.find().hasNext()).isTrue();
    }

    @Test
    void resolvingAgainChangesNothing() {
        Path[] d = documents();
        Path store = ingestAtOnce("again", d);
        DatasetGraph before = load(store);
        Cli.Run r = Cli.run("resolve", "--store", store.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("0 documents rewritten");
        assertThat(difference(before, load(store))).isEmpty();
    }

    private Path ingestAtOnce(String name, Path... docs) {
        Path store = tmp.resolve(name);
        Cli.Run r = Cli.ingest(store, docs);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        return store;
    }

    /** @return the whole store in memory, without the meta graph's timestamps. */
    static DatasetGraph load(Path dir) {
        Ids ids = new Ids(Ids.DEFAULT_BASE);
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        try (KinographStore store = KinographStore.open(dir, ids)) {
            store.dataset().executeRead(() -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                boolean time = q.getGraph().equals(ids.metaGraph()) && (q.getPredicate().equals(PROVO.startedAtTime)
                        || q.getPredicate().equals(PROVO.endedAtTime));
                if (!time) out.add(q);
            }));
        }
        return out;
    }

    /** @return the quads in one dataset and not the other, one per line ("" when they are equal). */
    static String difference(DatasetGraph a, DatasetGraph b) {
        Set<Quad> qa = quads(a);
        Set<Quad> qb = quads(b);
        List<String> out = new ArrayList<>();
        qa.stream().filter(q -> !qb.contains(q)).forEach(q -> out.add("- " + q));
        qb.stream().filter(q -> !qa.contains(q)).forEach(q -> out.add("+ " + q));
        return out.stream().sorted().limit(40).collect(Collectors.joining("\n"));
    }

    private static Set<Quad> quads(DatasetGraph d) {
        Set<Quad> out = new HashSet<>();
        d.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }
}
