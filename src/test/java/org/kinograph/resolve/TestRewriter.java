package org.kinograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.generate.CorpusGenerator;
import org.kinograph.generate.FilmPool;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.testing.Graphs;
import org.kinograph.vocab.Ids;

/**
 * The rewrite that reads only where a graph can change gives the graph that reading it whole gives:
 * on mapped generated documents in TDB2, through a first plan, a second plan that unmerges and
 * moves mentions, and a plan that merges nothing (which gives back the graph as mapped).
 */
class TestRewriter {
    @TempDir
    static Path tmp;
    static final Ids IDS = new Ids(Ids.DEFAULT_BASE);
    static final List<DocumentPipeline.Mapped> DOCS = new ArrayList<>();

    @BeforeAll
    static void mapCorpus() throws Exception {
        Path corpus = tmp.resolve("corpus");
        CorpusGenerator.generate(24, 5, corpus, FilmPool.builtIn(), (d, f, n, t) -> {});
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                DocumentPipeline.Mapped m = Graphs.map(Graphs.read(f));
                if (m.document() != null && !m.document().isEmpty()) DOCS.add(m);
            }
        }
        assertThat(DOCS).hasSizeGreaterThan(10);
    }

    @Test
    void readingWhereTheGraphCanChangeEqualsReadingItWhole() {
        Random random = new Random(11);
        int changed = 0;
        for (DocumentPipeline.Mapped doc : DOCS) {
            Node g = doc.document().get(0).getGraph();
            DatasetGraph whole = store(doc.document());
            DatasetGraph targeted = store(doc.document());
            List<Node> mentions = mentions(doc.document());
            for (int round = 0; round < 3; round++) {
                Map<Node, Node> plan = round == 2 ? Map.of() : randomPlan(mentions, random);
                Function<Node, Node> resolve = n -> plan.getOrDefault(n, n);
                boolean a = Txn.calculateWrite(whole, () -> Rewriter.rewrite(whole, g, resolve));
                boolean b = Txn.calculateWrite(targeted, () -> Rewriter.rewrite(targeted, g, plan.keySet(), resolve));
                assertThat(b).as("changed, round %d of %s", round, g).isEqualTo(a);
                assertThat(quads(targeted)).as("round %d of %s", round, g).isEqualTo(quads(whole));
                if (a) changed++;
            }
            assertThat(quads(targeted)).as("a plan merging nothing gives back %s as mapped", g)
                    .isEqualTo(new HashSet<>(doc.document()));
        }
        assertThat(changed).as("rewrites that changed a graph").isGreaterThan(DOCS.size());
    }

    /** @return the graph's mention IRIs other than films (whose children a plan moves with them). */
    private static List<Node> mentions(List<Quad> quads) {
        Set<Node> out = new TreeSet<>(Mention.BY_IRI);
        for (Quad q : quads) {
            for (Node n : List.of(q.getSubject(), q.getObject())) {
                Kind k = Kind.of(IDS.base(), n);
                if (k != null && k != Kind.FILM) out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Merges about half the mentions, each into a mention of the graph that stays itself or into a
     * new IRI (as a real plan, it never merges into a mention that is merged in turn).
     */
    private static Map<Node, Node> randomPlan(List<Node> mentions, Random random) {
        List<Node> kept = new ArrayList<>();
        List<Node> merged = new ArrayList<>();
        mentions.forEach(m -> (random.nextBoolean() ? kept : merged).add(m));
        Map<Node, Node> plan = new HashMap<>();
        for (Node m : merged) {
            plan.put(m, random.nextBoolean() && !kept.isEmpty() ? kept.get(random.nextInt(kept.size()))
                    : NodeFactory.createURI(m.getURI() + "-" + random.nextInt(3)));
        }
        return plan;
    }

    private static DatasetGraph store(List<Quad> quads) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> quads.forEach(dsg::add));
        return dsg;
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> out = new HashSet<>();
            dsg.find().forEachRemaining(out::add);
            return out;
        });
    }
}
