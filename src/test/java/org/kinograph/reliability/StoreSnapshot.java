package org.kinograph.reliability;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.kinograph.store.TornJournal;

/**
 * A TDB2 store on disk read whole into memory, after which this JVM lets go of it (so that another
 * process can open it: TDB2 keeps one connection per folder and process, with a lock file).
 */
public final class StoreSnapshot {
    private StoreSnapshot() {}

    /**
     * Opens the store (recovering it from its journal, as Kinograph opening it would), copies
     * every quad, and releases it.
     *
     * @param dir the store folder
     * @return every quad of the store, in memory
     * @throws RuntimeException when the store cannot be opened or read
     */
    public static DatasetGraph load(Path dir) {
        TornJournal.repair(dir); // as Kinograph does before it opens a store
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.toString());
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
