package org.kinograph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.kinograph.source.Source;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.PROVO;

/**
 * The TDB2 store on disk. Each document is written in one write transaction: its new graph and
 * meta description go in, and any older version of the same file goes out, or nothing changes.
 */
public final class KinographStore implements AutoCloseable {

    /** What a write did. */
    public enum Change {
        /** A document not seen before. */ NEW,
        /** A new version of a file seen before; the old graph was replaced. */ CHANGED,
        /** The same bytes were already in the store. */ UNCHANGED
    }

    private final Dataset dataset;
    private final Ids ids;
    private final Path location;

    private KinographStore(Path location, Dataset dataset, Ids ids) {
        this.location = location;
        this.dataset = dataset;
        this.ids = ids;
    }

    /**
     * Opens (creating when needed) the store in a folder. A new store is made whole beside the folder
     * and moved into place ({@link #CREATING}), so that a process killed while TDB2 creates its
     * files leaves no half-made store, which Jena cannot open. A journal entry that a killed process
     * left cut short is dropped first ({@link TornJournal}), and a store that a bulk load left
     * uncommitted is emptied ({@link #bulkLoad}); either is said on standard error.
     *
     * @param dir the TDB2 folder
     * @param ids IRI minting (for the meta graph and document graphs)
     * @return the open store
     */
    public static KinographStore open(Path dir, Ids ids) {
        try {
            String discarded = BulkLoadMark.discardIfInterrupted(dir);
            if (discarded != null) System.err.println("kinograph: store " + dir + ": " + discarded);
            if (!exists(dir) && isEmptyOrMissing(dir)) createWhole(dir);
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        TornJournal.repair(dir).forEach(line -> System.err.println("kinograph: store " + dir + ": " + line));
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir), NodeCaches.params());
        return new KinographStore(dir, DatasetFactory.wrap(dsg), ids);
    }

    /** Suffix of the folder a new store is made in, beside its place, followed by the process id. */
    static final String CREATING = ".creating-";

    private static boolean isEmptyOrMissing(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return true;
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Makes a new store in a sibling folder and renames it to {@code dir} in one step. */
    private static void createWhole(Path dir) throws java.io.IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String prefix = "." + dir.getFileName() + CREATING;
        try (var siblings = Files.list(parent)) {
            for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                String pid = p.getFileName().toString().substring(prefix.length());
                if (!TornJournal.processAlive(pid, false)) PathUtils.deleteDirectory(p);
            }
        }
        Path made = parent.resolve(prefix + ProcessHandle.current().pid());
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(Location.create(made), NodeCaches.params()));
        Files.deleteIfExists(dir); // an empty folder named for the store
        Files.move(made, dir, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Runs a bulk load into this store, which must be empty. The store is marked as being loaded
     * until the load returns: Jena's parallel loader commits its indexes one by one, so a process
     * killed during that commit can leave indexes that disagree. A store that still carries the
     * mark of an ended process is emptied by {@link #open}, and the next ingest loads it again.
     * When the load throws, the mark stays, and the next open empties what the load left.
     *
     * @param load the load (its own transaction, committed when it returns)
     */
    public void bulkLoad(Runnable load) {
        BulkLoadMark.set(location);
        load.run();
        BulkLoadMark.clear(location);
    }

    /** @return true when a bulk load into the store began and never finished (the next open empties it). */
    public static boolean bulkLoadInterrupted(Path dir) {
        return BulkLoadMark.present(dir);
    }

    /** @return true when the folder holds a TDB2 store. */
    public static boolean exists(Path dir) {
        return Files.isDirectory(dir) && (Files.exists(dir.resolve(TdbLayout.FIRST_STORAGE))
                || Files.exists(dir.resolve(TdbLayout.LOCK)));
    }

    /** @return the Jena dataset (use transactions). */
    public Dataset dataset() {
        return dataset;
    }

    /** @return the folder of the store. */
    public Path location() {
        return location;
    }

    /** @return UNCHANGED when these bytes are already stored for this file, else what a write would be. */
    public Change status(Source doc) {
        return dataset.calculateRead(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node src = ids.source(doc.id());
            if (dsg.contains(ids.metaGraph(), src, KINO.filePath, path(doc))) return Change.UNCHANGED;
            return olderVersions(dsg, doc).isEmpty() ? Change.NEW : Change.CHANGED;
        });
    }

    /**
     * Writes a document version in one transaction, replacing older versions of the same file.
     * When the same bytes are already stored, only the file's path is recorded.
     *
     * @param doc      the document
     * @param document the quads of its graph (triples and reifiers)
     * @param meta     its description in the meta graph
     * @return what changed
     */
    public Change write(Source doc, List<Quad> document, List<Quad> meta) {
        dataset.begin(TxnType.WRITE);
        try {
            Change change = write(dataset.asDatasetGraph(), doc, document, meta);
            dataset.commit();
            return change;
        } finally {
            dataset.end();
        }
    }

    private Change write(DatasetGraph dsg, Source doc, List<Quad> document, List<Quad> meta) {
        Node src = ids.source(doc.id());
        Node metaGraph = ids.metaGraph();
        List<Node> older = olderVersions(dsg, doc);
        older.remove(src);
        for (Node old : older) detach(dsg, old, path(doc));
        boolean stored = dsg.contains(metaGraph, src, KINO.contentHash, Node.ANY);
        if (stored) {
            dsg.add(metaGraph, src, KINO.filePath, path(doc));
            return Change.UNCHANGED;
        }
        document.forEach(dsg::add);
        meta.forEach(dsg::add);
        return older.isEmpty() ? Change.NEW : Change.CHANGED;
    }

    /**
     * Replaces a derived graph, such as the links to one target, in one write transaction: the
     * graph's old quads and its old description in the meta graph (the graph, the activities that
     * generated it, and the other subjects given) go out and the new ones come in, or nothing
     * changes.
     *
     * @param graph      the graph to replace
     * @param quads      its new quads
     * @param meta       its new description in the meta graph
     * @param describedToo other meta-graph subjects that only this graph's runs describe (its dataset)
     */
    public void replaceGraph(Node graph, List<Quad> quads, List<Quad> meta, List<Node> describedToo) {
        dataset.begin(TxnType.WRITE);
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node metaGraph = ids.metaGraph();
            List<Node> old = new ArrayList<>(describedToo);
            dsg.find(metaGraph, graph, PROVO.wasGeneratedBy, Node.ANY).forEachRemaining(q -> old.add(q.getObject()));
            old.add(graph);
            old.forEach(s -> dsg.deleteAny(metaGraph, s, Node.ANY, Node.ANY));
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            quads.forEach(dsg::add);
            meta.forEach(dsg::add);
            dataset.commit();
        } finally {
            dataset.end();
        }
    }

    /** @return the sources recorded for the same file path. */
    private List<Node> olderVersions(DatasetGraph dsg, Source doc) {
        return subjects(dsg, ids.metaGraph(), KINO.filePath, path(doc));
    }

    /** Removes a file's path from an old source; a source left with no file is removed whole. */
    private void detach(DatasetGraph dsg, Node oldSource, Node path) {
        Node meta = ids.metaGraph();
        dsg.delete(meta, oldSource, KINO.filePath, path);
        if (dsg.contains(meta, oldSource, KINO.filePath, Node.ANY)) return;
        List<Node> graphs = subjects(dsg, meta, PROVO.wasDerivedFrom, oldSource);
        for (Node g : graphs) {
            List<Node> activities = new ArrayList<>();
            dsg.find(meta, g, PROVO.wasGeneratedBy, Node.ANY).forEachRemaining(q -> activities.add(q.getObject()));
            activities.forEach(a -> dsg.deleteAny(meta, a, Node.ANY, Node.ANY));
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            dsg.deleteAny(meta, g, Node.ANY, Node.ANY);
            for (Node record : subjects(dsg, meta, KINO.mentionedIn, g)) dsg.deleteAny(meta, record, Node.ANY, Node.ANY);
        }
        dsg.deleteAny(meta, oldSource, Node.ANY, Node.ANY);
    }

    private static List<Node> subjects(DatasetGraph dsg, Node g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    private static Node path(Source doc) {
        return NodeFactory.createLiteralString(doc.path().toString());
    }

    @Override
    public void close() {
        dataset.close();
    }
}
