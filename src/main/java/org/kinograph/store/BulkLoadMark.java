package org.kinograph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The mark a bulk load leaves in a store folder until its data is committed. Jena's parallel
 * loader commits each index on its own, so a process killed while the loader commits can leave
 * indexes that disagree (one holds a quad another lacks), and Jena does not repair that on open.
 * A bulk load only ever runs into an empty store, so a store that still carries the mark of a
 * process no longer running held nothing before that load, and nothing of that load was reported
 * as stored: opening it deletes TDB2's files (the mark last, so that a kill meanwhile leaves it to
 * the next open), and the next ingest loads every document again.
 */
final class BulkLoadMark {
    /** The file, in the store folder, that names the process loading. */
    static final String FILE = "kinograph-bulk-load.pid";

    private BulkLoadMark() {}

    /** Marks the store as being bulk loaded by this process, durably, before the load starts. */
    static void set(Path store) {
        Path mark = store.resolve(FILE);
        try (FileChannel ch = FileChannel.open(mark, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(StandardCharsets.US_ASCII.encode(Long.toString(ProcessHandle.current().pid())));
            ch.force(true);
        } catch (IOException e) {
            throw new StoreException("cannot mark store " + store + " as being bulk loaded: " + e.getMessage(), e);
        }
    }

    /** Removes the mark once the load is committed. */
    static void clear(Path store) {
        try {
            Files.deleteIfExists(store.resolve(FILE));
        } catch (IOException e) {
            throw new StoreException("cannot remove the bulk-load mark of store " + store + ": " + e.getMessage(), e);
        }
    }

    /** @return true when the store folder carries a mark (of a load running or one that never finished) */
    static boolean present(Path store) {
        return Files.isRegularFile(store.resolve(FILE));
    }

    /**
     * Discards the store when a bulk load into it never finished: the mark names a process that
     * has ended, or this process (whose load failed). A mark of another live process is left to
     * Jena's lock, which refuses the second opener.
     *
     * @param store a store folder
     * @return what was done, for standard error, or null when the store carries no stale mark
     */
    static String discardIfInterrupted(Path store) {
        if (!present(store)) return null;
        Path mark = store.resolve(FILE);
        try {
            String pid = Files.readString(mark, StandardCharsets.US_ASCII).strip();
            boolean self = pid.equals(Long.toString(ProcessHandle.current().pid()));
            if (!self && TornJournal.processAlive(pid, false)) return null;
            release(store);
            deleteStoreFiles(store);
            Files.delete(mark);
            return "a bulk load (process " + pid + ") ended before it committed; the store it left was emptied, "
                    + "so ingest loads those documents again";
        } catch (IOException e) {
            throw new StoreException("cannot discard the interrupted bulk load in store " + store + ": "
                    + e.getMessage(), e);
        }
    }

    /** Drops this process's connection to the store, which Jena keeps after close and would reuse. */
    private static void release(Path store) {
        TornJournal.repair(store);
        try {
            TDBInternal.expel(DatabaseMgr.connectDatasetGraph(Location.create(store), NodeCaches.params()), true);
        } catch (RuntimeException e) {
            // a store Jena cannot open is not held open either; its files are deleted all the same
        }
    }

    /** Deletes what TDB2 keeps in the folder (its storage folders and lock), and nothing else of the folder's. */
    private static void deleteStoreFiles(Path store) throws IOException {
        for (Path storage : TdbLayout.storageFolders(store)) PathUtils.deleteDirectory(storage);
        Files.deleteIfExists(store.resolve(TdbLayout.LOCK));
    }
}
