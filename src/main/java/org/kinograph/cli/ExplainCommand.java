package org.kinograph.cli;

import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.kinograph.resolve.Explainer;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Prefixes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kinograph explain}: every source behind an entity's facts, with the evidence in context. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Prints every fact the store holds about an entity (or one property of it) and, for each,",
            "every source that asserts it: the file, the rule, the confidence, the span and the evidence",
            "text in context (read again from the file; when the file has changed or is gone, the anchor",
            "alone). Mentions merged into the entity are listed with the resolution's decision.", ""},
        footer = {"", "IRI is a full IRI or one relative to the base (film/tokyo-story-1953); PROPERTY a full IRI",
            "or a prefixed name (schema:director, kino:recipient).", "",
            "Example:", "  kinograph explain film/tokyo-story-1953 schema:datePublished"})
final class ExplainCommand implements Callable<Integer> {
    @Mixin(name = "store")
    StoreOptions options = new StoreOptions();

    @Option(names = "--context", paramLabel = "N", defaultValue = "60",
            description = "Characters of context on each side of the evidence (default: ${DEFAULT-VALUE}).")
    int context;

    @Parameters(index = "0", paramLabel = "IRI", description = "The entity.")
    String iri;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PROPERTY", description = "Only this property.")
    String property;

    @Override
    public Integer call() {
        if (context < 0) throw new UsageException("--context must not be negative");
        Node entity = NodeFactory.createURI(iri.matches("(?i)[a-z][a-z0-9+.-]*:.*") ? iri : options.ids().base() + iri);
        Node p = null;
        if (property != null) {
            String expanded = Prefixes.get().expandPrefix(property);
            if (expanded.equals(property) && !property.contains("://") && !property.startsWith("urn:")) {
                throw new UsageException("not a property: " + property
                        + " (a full IRI, or schema:, kino:, prov:, nif:, rdf:, rdfs:, xsd:, owl:, skos: names)");
            }
            p = NodeFactory.createURI(expanded);
        }
        Node prop = p;
        try (KinographStore store = options.openExisting()) {
            int n = store.dataset().calculateRead(() -> new Explainer(store.dataset().asDatasetGraph(), options.ids(),
                    System.out, context).explain(entity, prop));
            if (n == 0) {
                System.out.println("(the store holds no fact about it" + (prop == null ? "" : " with this property") + ")");
                return Kinograph.SOME_FAILED;
            }
        }
        return 0;
    }
}
