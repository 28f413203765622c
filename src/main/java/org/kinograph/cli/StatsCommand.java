package org.kinograph.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.kinograph.store.KinographStore;
import org.kinograph.store.Stats;
import org.kinograph.vocab.Prefixes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kinograph stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Prints the number of documents, named graphs and quads in the store, and the",
            "number of entities of each class in the union graph.", ""})
final class StatsCommand implements Callable<Integer> {
    @Mixin(name = "store")
    StoreOptions options = new StoreOptions();

    @Override
    public Integer call() {
        try (KinographStore store = options.openExisting()) {
            Stats s = Stats.of(store);
            System.out.printf("store      %s%n", store.location().toAbsolutePath());
            System.out.printf("documents  %d%n", s.documents());
            System.out.printf("graphs     %d%n", s.graphs());
            System.out.printf("quads      %d%n", s.quads());
            System.out.println("entities per class:");
            for (Map.Entry<String, Long> e : s.entities().entrySet()) {
                System.out.printf("  %8d  %s%n", e.getValue(), Prefixes.get().shortForm(e.getKey()));
            }
        }
        return 0;
    }
}
