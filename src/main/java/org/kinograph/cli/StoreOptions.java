package org.kinograph.cli;

import java.nio.file.Path;

import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;

import picocli.CommandLine.Option;

/** The options every command that opens the store shares. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:KINOGRAPH_STORE:-data/tdb2}",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}; env KINOGRAPH_STORE).")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "${env:KINOGRAPH_BASE:-" + Ids.DEFAULT_BASE + "}",
            description = "Base IRI of minted resources (default: ${DEFAULT-VALUE}).")
    String base;

    Ids ids() {
        return new Ids(base);
    }

    /** Opens the store, creating it. */
    KinographStore openOrCreate() {
        return KinographStore.open(store, ids());
    }

    /** Opens an existing store; a missing one is a usage error. */
    KinographStore openExisting() {
        if (!KinographStore.exists(store)) {
            throw new UsageException("no store at " + store.toAbsolutePath() + " (run: kinograph ingest --store "
                    + store + " PATH...)");
        }
        return KinographStore.open(store, ids());
    }
}
