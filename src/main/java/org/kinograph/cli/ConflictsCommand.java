package org.kinograph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.kinograph.resolve.Conflicts;
import org.kinograph.resolve.TrustWeights;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Prefixes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kinograph conflicts}: the values sources disagree on, side by side, with a trust-weighted vote. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"Lists, for every entity and single-valued property (release date, runtime, director,",
            "box office, an accolade's recipients, result and year, a cast entry's character, a rating …),",
            "the values the sources disagree on: each with its source file, span, evidence text and",
            "confidence, and the value a trust-weighted vote prefers (the sum over its sources of the",
            "genre's weight times the confidence). The same data is in the graph",
            "https://w3id.org/kinograph/id/graph/conflicts (kino:Conflict, kino:Claim), with the default",
            "weights.", ""},
        footer = {"", "Weights per genre are configuration: trust-weights.properties in the jar",
            "(encyclopedia-article 1.0, static-site-post 0.5, blog-review 0.4, forum-page 0.2, default 0.3);",
            "--weights F overrides them with a file of the same format (genre = weight in [0, 1])."})
final class ConflictsCommand implements Callable<Integer> {
    @Mixin(name = "store")
    StoreOptions options = new StoreOptions();

    @Option(names = "--weights", paramLabel = "F", description = "Trust weights per genre (properties file).")
    Path weightsFile;

    @Override
    public Integer call() {
        TrustWeights weights;
        try {
            weights = weightsFile == null ? TrustWeights.defaults() : TrustWeights.defaultsWith(weightsFile);
        } catch (IOException e) {
            throw new UsageException("cannot read --weights " + weightsFile + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try (KinographStore store = options.openExisting()) {
            List<Conflicts.Conflict> conflicts = store.dataset().calculateRead(
                    () -> Conflicts.compute(store.dataset().asDatasetGraph(), options.ids(), weights));
            print(conflicts, System.out);
        }
        return 0;
    }

    static void print(List<Conflicts.Conflict> conflicts, PrintStream out) {
        for (Conflicts.Conflict c : conflicts) {
            out.printf(Locale.ROOT, "<%s>  %s  (%d sources disagree)%n", c.entity().getURI(),
                    Prefixes.get().shortForm(c.property().getURI()), c.claims().size());
            Map<List<Node>, List<Conflicts.Claim>> byValues = new LinkedHashMap<>();
            List<Conflicts.Claim> ordered = new ArrayList<>(c.claims());
            ordered.sort(java.util.Comparator.comparing((Conflicts.Claim x) -> !x.preferred())
                    .thenComparing(x -> -x.score()).thenComparing(x -> x.values().toString()));
            ordered.forEach(cl -> byValues.computeIfAbsent(cl.values(), k -> new ArrayList<>()).add(cl));
            for (Map.Entry<List<Node>, List<Conflicts.Claim>> e : byValues.entrySet()) {
                Conflicts.Claim first = e.getValue().get(0);
                List<String> values = new ArrayList<>();
                e.getKey().forEach(v -> values.add(show(v)));
                out.printf(Locale.ROOT, "  %s  score %.2f  %s%n", first.preferred() ? "preferred" : "other    ",
                        first.score(), String.join(", ", values));
                for (Conflicts.Claim cl : e.getValue()) {
                    for (Conflicts.Evidence ev : cl.evidence()) {
                        out.printf(Locale.ROOT, "      %s  %s (trust %s)  [%s,%s) \"%s\"  confidence %s  rule %s%n",
                                cl.fileName(), cl.genre(), plain(cl.trust()), ev.begin(), ev.end(),
                                ev.anchor() == null ? "" : ev.anchor().replace("\n", "\\n"), plain(ev.confidence()),
                                ev.method());
                    }
                }
            }
            out.println();
        }
        out.printf(Locale.ROOT, "%d conflicts%n", conflicts.size());
    }

    private static String show(Node v) {
        return v.isURI() ? "<" + v.getURI() + ">" : "\"" + v.getLiteralLexicalForm() + "\"";
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
