package org.kinograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What TDB2 keeps in a store folder, as Jena 5.6 names it: a lock file naming the process that
 * holds the store, and one storage folder per generation ({@code Data-0001}, …), each with its own
 * lock and journal. Kept in one place for the code that looks at a store's files without opening it.
 */
final class TdbLayout {
    /** The lock file of a store folder and of each storage folder. */
    static final String LOCK = "tdb.lock";
    /** The first storage folder, which a new store gets. */
    static final String FIRST_STORAGE = "Data-0001";
    private static final String STORAGE_PREFIX = "Data-";

    private TdbLayout() {}

    /** @return the storage folders of a store folder, in generation order */
    static List<Path> storageFolders(Path store) throws IOException {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(STORAGE_PREFIX)).sorted().toList();
        }
    }
}
