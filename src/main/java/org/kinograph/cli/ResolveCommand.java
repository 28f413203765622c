package org.kinograph.cli;

import java.util.concurrent.Callable;

import org.kinograph.resolve.StoreResolver;
import org.kinograph.store.KinographStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kinograph resolve}: entity resolution over the store (ingest runs it too). */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Runs entity resolution over the whole store, as ingest does after writing documents:",
            "decides which mentions are one film, person, character, accolade …, records the merges in",
            "graph/resolution, rewrites the document graphs that need it, and recomputes graph/conflicts.",
            "Useful after an interrupted ingest; running it twice changes nothing.", ""})
final class ResolveCommand implements Callable<Integer> {
    @Mixin(name = "store")
    StoreOptions options = new StoreOptions();

    @Override
    public Integer call() {
        try (KinographStore store = options.openExisting()) {
            System.out.println("resolved  " + new StoreResolver(options.ids()).resolve(store).summary());
        }
        return 0;
    }
}
