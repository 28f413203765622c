package org.kinograph.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.kinograph.resolve.Rewriter;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.PROVO;

/**
 * What each document of a corpus is in a store written by a clean run: its slice, that is, every
 * quad of its document graph (triples and reifiers) as mapped, every quad of the meta graph about
 * its source, its graph and the activity that generated it, and its mention records. The software
 * agents of the meta graph are shared by documents and are checked apart. Another store (one a
 * crash interrupted) is then judged document by document: each slice must be there whole or not at
 * all, and nothing else may be there.
 * <p>
 * Entity resolution runs after the documents of an ingest and rewrites their graphs to the
 * resolved IRIs, in transactions of its own, from the set of documents stored; a crash can stop it
 * before, between or after them. So a document graph is compared as mapped (its rewriting undone,
 * {@link Rewriter} with no merges), the marks of documents waiting for resolution are left out,
 * and what resolution writes (its graphs, their description in the meta graph) is not judged here:
 * the re-run after the crash must leave the store equal to the clean run's, resolution included.
 */
public final class DocumentSlices {
    /** How a store holds the corpus: documents present, absent, and what is wrong. */
    public record Verdict(int present, int absent, List<String> problems) {
        /** @return true when every document is whole or absent and nothing else is stored. */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Map<Path, Set<Quad>> slices = new LinkedHashMap<>();
    private final Map<Path, Node[]> nodes = new LinkedHashMap<>();
    private final Set<Quad> union = new HashSet<>();
    private final Set<Quad> agents = new HashSet<>();
    private final Ids ids;

    /**
     * @param clean a store holding every document of the corpus, written by an uninterrupted run
     * @param ids   the IRIs of the store
     * @param files the corpus's files (as recorded: absolute, normalised)
     */
    public DocumentSlices(DatasetGraph clean, Ids ids, List<Path> files) {
        this.ids = ids;
        Txn.executeRead(clean, () -> {
            for (Path f : files) {
                Node[] n = nodesOf(clean, f);
                if (n == null) throw new IllegalArgumentException("not in the clean store: " + f);
                nodes.put(f, n);
                slices.put(f, slice(clean, n));
                union.addAll(slices.get(f));
            }
            clean.find(ids.metaGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!union.contains(q) && !isResolution(q)) agents.add(q);
            });
        });
    }

    /** @return the number of quads of each document's slice, by file. */
    public Map<Path, Integer> sizes() {
        Map<Path, Integer> out = new LinkedHashMap<>();
        slices.forEach((f, s) -> out.put(f, s.size()));
        return out;
    }

    /**
     * Judges another store: every slice whole or absent; the agents of the documents present, as
     * the clean run wrote them, and no other; nothing else.
     */
    public Verdict judge(DatasetGraph store) {
        List<String> problems = new ArrayList<>();
        Set<Quad> accounted = new HashSet<>();
        int present = 0;
        int absent = 0;
        Set<Quad> all = StoreSnapshot.quads(store);
        for (Map.Entry<Path, Set<Quad>> e : slices.entrySet()) {
            Set<Quad> found = slice(store, nodes.get(e.getKey()));
            if (found.isEmpty()) {
                absent++;
            } else if (found.equals(e.getValue())) {
                present++;
                accounted.addAll(found);
            } else {
                problems.add("partly stored: " + e.getKey().getFileName() + " (" + found.size() + " of "
                        + e.getValue().size() + " quads, " + difference(e.getValue(), found) + ")");
            }
        }
        Set<Node> documentGraphs = new HashSet<>();
        nodes.values().forEach(n -> documentGraphs.add(n[1]));
        Set<Node> used = new HashSet<>();
        accounted.stream().filter(q -> q.getPredicate().equals(PROVO.wasAssociatedWith)).forEach(q -> used.add(q.getObject()));
        for (Quad q : agents) {
            if (used.contains(q.getSubject()) && !all.contains(q)) problems.add("agent quad missing: " + q);
        }
        for (Quad q : all) {
            // A known document graph was judged above, as mapped; resolution's output is judged by the re-run.
            if (union.contains(q) || documentGraphs.contains(q.getGraph()) || isResolution(q)) continue;
            if (!agents.contains(q)) problems.add("unexpected quad: " + q);
            else if (!used.contains(q.getSubject())) problems.add("agent of no stored document: " + q);
        }
        return new Verdict(present, absent, problems);
    }

    private static String difference(Set<Quad> expected, Set<Quad> found) {
        long missing = expected.stream().filter(q -> !found.contains(q)).count();
        long extra = found.stream().filter(q -> !expected.contains(q)).count();
        return missing + " missing, " + extra + " extra";
    }

    /** @return source, document graph and activity of the file, or null when the store does not record it. */
    private Node[] nodesOf(DatasetGraph dsg, Path file) {
        Node path = NodeFactory.createLiteralString(file.toString());
        var sources = dsg.find(ids.metaGraph(), Node.ANY, KINO.filePath, path);
        if (!sources.hasNext()) return null;
        Node source = sources.next().getSubject();
        // The document graph, not one of its mention records (derived from the source too).
        Node graph = Iter.asStream(dsg.find(ids.metaGraph(), Node.ANY, PROVO.wasDerivedFrom, source)).map(Quad::getSubject)
                .filter(ids::isDocumentGraph).findFirst().orElseThrow();
        Node activity = dsg.find(ids.metaGraph(), graph, PROVO.wasGeneratedBy, Node.ANY).next().getObject();
        return new Node[] {source, graph, activity};
    }

    private Set<Quad> slice(DatasetGraph dsg, Node[] n) {
        Set<Quad> out = new HashSet<>();
        DatasetGraph graph = DatasetGraphFactory.create();
        Node meta = ids.metaGraph();
        Txn.executeRead(dsg, () -> {
            dsg.find(n[1], Node.ANY, Node.ANY, Node.ANY).forEachRemaining(graph::add);
            for (Node subject : n) {
                dsg.find(meta, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!isResolution(q)) out.add(q);
                });
            }
            dsg.find(meta, Node.ANY, KINO.mentionedIn, n[1])
                    .forEachRemaining(r -> dsg.find(meta, r.getSubject(), Node.ANY, Node.ANY).forEachRemaining(out::add));
        });
        Rewriter.rewrite(graph, n[1], node -> node);
        graph.find().forEachRemaining(out::add);
        return out;
    }

    /** @return true for a quad that entity resolution writes: its graphs, their description, the marks of waiting documents. */
    private boolean isResolution(Quad q) {
        Node g = q.getGraph();
        if (g.equals(ids.resolutionGraph()) || g.equals(ids.conflictsGraph())) return true;
        if (!g.equals(ids.metaGraph())) return false;
        Node s = q.getSubject();
        return q.getPredicate().equals(KINO.resolutionPending) || s.equals(ids.resolutionGraph())
                || s.equals(ids.conflictsGraph()) || s.equals(ids.activity("resolution"))
                || s.equals(ids.agent("kinograph resolver"));
    }
}
