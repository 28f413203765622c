package org.kinograph.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.kinograph.store.KinographStore;
import org.kinograph.store.Validation;
import org.kinograph.vocab.Prefixes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kinograph validate}: the store against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks every named graph of the store against the SHACL shapes of ontology/shapes.ttl",
            "and prints each violation with its document, focus node, path and message.",
            "Exit code 0 when the store conforms, 1 when it does not.", ""})
final class ValidateCommand implements Callable<Integer> {
    @Mixin(name = "store")
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        try (KinographStore s = store.openExisting()) {
            List<Validation.Violation> violations = new Validation().validate(s);
            for (Validation.Violation v : violations) {
                System.out.printf("%s: %s %s: %s%n", v.document(), node(v.entry().focusNode()),
                        v.entry().resultPath() == null ? "" : v.entry().resultPath().toString(PROLOGUE),
                        v.entry().message());
            }
            int n = violations.size();
            System.out.println(n == 0 ? "conforms" : n + (n == 1 ? " violation" : " violations") + ": does not conform");
            return violations.isEmpty() ? 0 : Kinograph.SOME_FAILED;
        }
    }

    private static final org.apache.jena.sparql.core.Prologue PROLOGUE =
            new org.apache.jena.sparql.core.Prologue(Prefixes.get());

    private static String node(Node n) {
        return n.isURI() ? Prefixes.get().shortForm(n.getURI()) : n.toString();
    }
}
