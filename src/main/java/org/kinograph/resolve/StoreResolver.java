package org.kinograph.resolve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kinograph.prov.MetaGraph;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.PROVO;

/**
 * Resolution over a TDB2 store, in write transactions that each leave the store consistent:
 * <ol>
 * <li>plan from the mention index (the meta graph's records, read block by block), write the
 *     resolution graph, and mark as pending every document graph that is new or has a mention
 *     record whose canonical IRI changed;</li>
 * <li>rewrite the pending document graphs, a batch per transaction, each from its own mention
 *     IRIs ({@link Rewriter}), clearing the mark with the rewrite;</li>
 * <li>recompute the conflicts graph.</li>
 * </ol>
 * A run interrupted between transactions leaves marks that the next run completes: the first
 * transaction also marks the conflicts graph, and the last one clears that mark, so a run stopped
 * after its rewrites still recomputes the conflicts next time.
 */
public final class StoreResolver implements Resolver {
    /**
     * Document graphs rewritten (or unmarked) per transaction. A commit syncs the whole store, about
     * 70 ms on a 2 GB store: at 100 graphs per transaction the commits were most of the rewrite.
     */
    static final int BATCH = 2000;
    /** The mark of a document graph to rewrite. */
    public static final Node PENDING = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private final Ids ids;
    private final TrustWeights weights;
    private final Consumer<String> afterStep;

    /** @param ids IRI minting */
    public StoreResolver(Ids ids) {
        this(ids, TrustWeights.defaults());
    }

    /** @param ids IRI minting; @param weights the trust of each genre for the conflicts graph */
    public StoreResolver(Ids ids, TrustWeights weights) {
        this(ids, weights, step -> { });
    }

    /**
     * For tests: {@code afterStep} is told the name of each step ("plan", "rewrite") once it has
     * committed; throwing from it stops the run there, as a crash would.
     */
    StoreResolver(Ids ids, TrustWeights weights, Consumer<String> afterStep) {
        this.ids = ids;
        this.weights = weights;
        this.afterStep = afterStep;
    }

    /** What the plan and rewrite steps did (the plan itself is let go before the conflicts step). */
    private record Done(int mentions, int entities, Map<Kind, Integer> merged, int alternates, int rewritten, long at) {}

    @Override
    public Report resolve(KinographStore store) {
        Dataset ds = store.dataset();
        Instant started = MetaGraph.now();
        Map<String, Double> seconds = new LinkedHashMap<>();
        Done done = planAndRewrite(ds, seconds);
        int conflicts = inWrite(ds, dsg -> {
            int n = Conflicts.replace(dsg, ids, weights);
            ResolutionGraph.describe(dsg, ids, started, MetaGraph.now());
            dsg.deleteAny(ids.metaGraph(), ids.conflictsGraph(), KINO.resolutionPending, Node.ANY);
            return n;
        });
        lap(seconds, "conflicts", done.at());
        return new Report(done.mentions(), done.entities(), done.merged(), done.rewritten(), done.alternates(),
                conflicts, seconds);
    }

    private Done planAndRewrite(Dataset ds, Map<String, Double> seconds) {
        long t0 = System.nanoTime();
        Plan plan = inWrite(ds, dsg -> {
            Plan p = new Planner(dsg, ids).plan();
            Map<Node, Node> before = ResolutionGraph.read(dsg, ids);
            Set<Node> changed = new HashSet<>(before.keySet());
            changed.addAll(p.merges().keySet());
            changed.removeIf(r -> Objects.equals(before.get(r),
                    p.merges().containsKey(r) ? p.merges().get(r).canonical() : null));
            for (Node r : changed) {
                Node g = MentionRecords.graphOf(r);
                if (dsg.contains(ids.metaGraph(), g, PROVO.wasDerivedFrom, Node.ANY)) {
                    dsg.add(ids.metaGraph(), g, KINO.resolutionPending, PENDING);
                }
            }
            ResolutionGraph.replace(dsg, ids.resolutionGraph(), ResolutionGraph.quads(ids, p));
            // the run's last step is marked too, so a run stopped after the rewrites still ends
            dsg.add(ids.metaGraph(), ids.conflictsGraph(), KINO.resolutionPending, PENDING);
            return p;
        });
        long t1 = lap(seconds, "plan", t0);
        afterStep.accept("plan");
        Map<Node, Merged> merged = merged(plan);
        int rewritten = 0;
        while (true) {
            int[] done = {-1};
            inWrite(ds, dsg -> {
                List<Node> pending = new ArrayList<>();
                var it = dsg.find(ids.metaGraph(), Node.ANY, KINO.resolutionPending, Node.ANY);
                while (it.hasNext() && pending.size() < BATCH) {
                    Node g = it.next().getSubject();
                    if (!g.equals(ids.conflictsGraph())) pending.add(g);
                }
                done[0] = pending.isEmpty() ? -1 : 0;
                for (Node g : pending) {
                    if (rewrite(dsg, g, merged.get(g), plan)) done[0]++;
                    dsg.deleteAny(ids.metaGraph(), g, KINO.resolutionPending, Node.ANY);
                }
                return null;
            });
            if (done[0] < 0) break;
            rewritten += done[0];
        }
        long t2 = lap(seconds, "rewrite", t1);
        afterStep.accept("rewrite");
        return new Done(plan.mentions(), plan.entities(), plan.mergedPerKind(), plan.alternates().size(), rewritten, t2);
    }

    /** The mentions of one document graph that the plan merges, and whether a film is among them. */
    private record Merged(List<Node> mentions, boolean film) {}

    private static Map<Node, Merged> merged(Plan plan) {
        Map<Node, List<Plan.Merge>> byGraph = new HashMap<>();
        plan.merges().values().forEach(m -> byGraph.computeIfAbsent(MentionRecords.graphOf(m.record()), g -> new ArrayList<>()).add(m));
        Map<Node, Merged> out = new HashMap<>();
        byGraph.forEach((g, ms) -> out.put(g, new Merged(ms.stream().map(Plan.Merge::mention).toList(),
                ms.stream().anyMatch(m -> m.kind() == Kind.FILM))));
        return out;
    }

    /**
     * Rewrites a document graph to the plan. A graph where a film merges is read whole (the IRIs
     * minted below the film move with it); any other is read only where it can change: the
     * triples of its merged mentions and the reifiers an earlier rewrite changed. Most graphs of
     * a fresh store merge nothing and have no earlier rewrite, so they are only looked up, not read.
     */
    private boolean rewrite(DatasetGraph dsg, Node g, Merged merged, Plan plan) {
        if (!ids.isDocumentGraph(g)) return false;
        Function<Node, Node> resolve = n -> plan.rewrite(g, n);
        if (merged != null && merged.film()) return Rewriter.rewrite(dsg, g, resolve);
        return Rewriter.rewrite(dsg, g, merged == null ? List.of() : merged.mentions(), resolve);
    }

    private static long lap(Map<String, Double> seconds, String step, long since) {
        long now = System.nanoTime();
        seconds.put(step, (now - since) / 1e9);
        return now;
    }

    /** @return true when documents wait for resolution (written, or marked by an interrupted run). */
    public boolean pending(KinographStore store) {
        return store.dataset().calculateRead(() -> store.dataset().asDatasetGraph()
                .find(ids.metaGraph(), Node.ANY, KINO.resolutionPending, Node.ANY).hasNext());
    }

    private static <T> T inWrite(Dataset ds, java.util.function.Function<DatasetGraph, T> work) {
        ds.begin(TxnType.WRITE);
        try {
            T t = work.apply(ds.asDatasetGraph());
            ds.commit();
            return t;
        } catch (RuntimeException | Error e) {
            ds.abort();
            throw e;
        } finally {
            ds.end();
        }
    }
}
