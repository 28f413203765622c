package org.kinograph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RiotException;
import org.kinograph.link.EndpointException;
import org.kinograph.link.GraphService;
import org.kinograph.link.Link;
import org.kinograph.link.LinkRun;
import org.kinograph.link.Outcome;
import org.kinograph.link.SparqlEndpoint;
import org.kinograph.link.TargetProfile;
import org.kinograph.link.TargetReader;
import org.kinograph.link.Thresholds;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Prefixes;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kinograph link}: owl:sameAs and skos:closeMatch links from the store's films and people to a target graph. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links the store's films, and their directors and cast, to a reference graph:",
            "owl:sameAs at or above --accept, skos:closeMatch (to be reviewed) from --review",
            "up, nothing below. The target is read from a file (any RDF syntax, .gz too)",
            "or a SPARQL endpoint (films whose label is one of our titles, or --fetch scan",
            "for every film, in pages, with timeouts and retries).",
            "Titles are normalised and compared by trigrams; year, director, cast and",
            "running time add evidence; title words block the pairs so that not every pair",
            "is compared; each film gets at most one target where the target holds one",
            "resource per film. A film's Wikipedia link or an encyclopedia article's page",
            "title names its DBpedia resource directly.",
            "The links go to the graph graph/links/TARGET, each with a reifier (score,",
            "per-feature similarities, method, dataset), replacing the previous run's in",
            "one transaction; a target that fails leaves them as they were.", ""},
        footer = {"", "Built-in targets: wikidata, dbpedia, linkedmdb; a new target is a properties",
            "file (--profile, see the README). Exit code 0 when the links were written, 1",
            "when the target failed, 2 for a usage error.", "",
            "Examples:",
            "  kinograph link --target wikidata --endpoint https://query.wikidata.org/sparql",
            "  kinograph link --target wikidata --file wikidata-films.nt.gz",
            "  kinograph link --target dbpedia"})
final class LinkCommand implements Callable<Integer> {
    @Mixin(name = "store")
    StoreOptions options = new StoreOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--target", paramLabel = "NAME", description = "A built-in target: wikidata, dbpedia or linkedmdb.")
        String name;
        @Option(names = "--profile", paramLabel = "F", description = "A target profile file (properties, see the README).")
        Path profile;
    }

    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(names = "--file", paramLabel = "F", description = "Read the target from an RDF file (.ttl, .nt, .nq, .trig, .rdf, … and .gz).")
        Path file;
        @Option(names = "--endpoint", paramLabel = "URL", description = "Query the target's SPARQL endpoint.")
        String endpoint;
    }

    @Option(names = "--fetch", defaultValue = "lookup", paramLabel = "HOW",
            description = "From an endpoint: lookup (films with one of our titles as label) or scan (every film) (default: ${DEFAULT-VALUE}).")
    String fetch;
    @Option(names = "--accept", defaultValue = "0.9", paramLabel = "X", description = "owl:sameAs at or above (default: ${DEFAULT-VALUE}).")
    double accept;
    @Option(names = "--review", defaultValue = "0.75", paramLabel = "Y", description = "skos:closeMatch at or above (default: ${DEFAULT-VALUE}).")
    double review;
    @Option(names = "--timeout", defaultValue = "60", paramLabel = "S", description = "Seconds one request to the endpoint may take (default: ${DEFAULT-VALUE}).")
    double timeout;
    @Option(names = "--connect-timeout", defaultValue = "10", paramLabel = "S", description = "Seconds to wait for a connection (default: ${DEFAULT-VALUE}).")
    double connectTimeout;
    @Option(names = "--retries", defaultValue = "2", paramLabel = "N", description = "Retries of a failed request, waiting 1 s, 2 s, … (default: ${DEFAULT-VALUE}).")
    int retries;
    @Option(names = "--page-size", defaultValue = "50", paramLabel = "N", description = "Films or titles per query (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Override
    public Integer call() {
        TargetProfile profile = profile();
        Thresholds thresholds = thresholds();
        if (source == null && profile.wikipediaLanguage() == null) {
            throw new UsageException("--file or --endpoint is required for " + profile.name()
                    + " (only a target named after Wikipedia pages can be linked from direct evidence alone)");
        }
        try (KinographStore store = options.openExisting()) {
            LinkRun.Report r = new LinkRun(store, options.ids(), profile, thresholds)
                    .run(reader(profile), fetchMode(), sourceName(), source != null && source.file != null);
            print(System.out, profile, r);
            return 0;
        } catch (EndpointException e) {
            throw new IllegalStateException(e.getMessage() + "; the links to " + profile.name() + " were left as they were", e);
        } catch (RiotException e) {
            throw new IllegalStateException("cannot read " + source.file + " as RDF: " + e.getMessage()
                    + "; the links to " + profile.name() + " were left as they were", e);
        }
    }

    private TargetProfile profile() {
        try {
            return target.profile != null ? TargetProfile.load(target.profile) : TargetProfile.builtIn(target.name);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Thresholds thresholds() {
        try {
            return new Thresholds(accept, review);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private LinkRun.Fetch fetchMode() {
        try {
            return LinkRun.Fetch.valueOf(fetch.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fetch must be lookup or scan");
        }
    }

    private TargetReader reader(TargetProfile profile) {
        if (source == null) return null;
        if (pageSize < 1) throw new UsageException("--page-size must be at least 1");
        if (source.file != null) {
            if (!Files.isRegularFile(source.file)) throw new UsageException("no such file: " + source.file);
            return new TargetReader(profile, GraphService.read(source.file, profile), pageSize);
        }
        SparqlEndpoint.Options o = new SparqlEndpoint.Options(seconds(connectTimeout), seconds(timeout),
                Math.max(0, retries), Duration.ofSeconds(1));
        try {
            return new TargetReader(profile, new SparqlEndpoint(source.endpoint, o), pageSize);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--endpoint is not a URL: " + source.endpoint);
        }
    }

    private String sourceName() {
        if (source == null) return null;
        return source.file != null ? source.file.toString() : source.endpoint;
    }

    private static Duration seconds(double s) {
        if (!(s > 0)) throw new UsageException("timeouts must be positive");
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private static void print(PrintStream out, TargetProfile profile, LinkRun.Report r) {
        out.printf(Locale.ROOT, "%d films of ours, %d candidate films of %s, %d pairs compared%n", r.films(),
                r.candidates(), profile.label(), r.comparisons());
        for (Link l : r.links()) {
            out.printf(Locale.ROOT, "%-16s %.4f  %s  ->  %s  (%s%s)%n",
                    l.outcome() == Outcome.SAME_AS ? "owl:sameAs" : "skos:closeMatch", l.confidence(),
                    Prefixes.get().shortForm(l.subject()), l.object(), l.method(), features(l.features()));
        }
        out.printf(Locale.ROOT, "%d owl:sameAs, %d skos:closeMatch written to %s%n", r.count(Outcome.SAME_AS),
                r.count(Outcome.CLOSE_MATCH), r.graph().getURI());
        out.flush();
    }

    private static String features(Map<Node, Double> f) {
        StringBuilder b = new StringBuilder();
        f.forEach((k, v) -> b.append(", ").append(Prefixes.get().shortForm(k.getURI())).append(' ')
                .append(String.format(Locale.ROOT, "%.2f", v)));
        return b.toString();
    }
}
