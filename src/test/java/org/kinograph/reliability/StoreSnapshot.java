package org.kinograph.reliability;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;

/**
 * A TDB2 store on disk read whole into memory, after which this JVM lets go of it (so that another
 * process can open it: TDB2 keeps one connection per folder and process, with a lock file).
 */
public final class StoreSnapshot {
    private StoreSnapshot() {}

    /**
     * Opens the store as Kinograph does ({@link KinographStore#open}: a journal entry cut short is
     * dropped, what an interrupted bulk load left is emptied, the journal is recovered), copies
     * every quad, and releases it.
     *
     * @param dir the store folder
     * @return every quad of the store, in memory
     * @throws RuntimeException when the store cannot be opened or read
     */
    public static DatasetGraph load(Path dir) {
        DatasetGraph tdb = KinographStore.open(dir, new Ids(Ids.DEFAULT_BASE)).dataset().asDatasetGraph();
        try {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            Txn.executeRead(tdb, () -> Txn.executeWrite(copy, () -> tdb.find().forEachRemaining(copy::add)));
            return copy;
        } finally {
            release(tdb);
        }
    }

    /** Lets go of a store this JVM opened, so that another process can open it. */
    public static void release(DatasetGraph tdb) {
        TDBInternal.expel(tdb);
    }

    /** @return the quads of an in-memory dataset, as a set. */
    public static Set<Quad> quads(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(out::add));
        return out;
    }
}
