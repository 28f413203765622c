package org.kinograph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.kinograph.link.Film;
import org.kinograph.link.LinkEvaluation;
import org.kinograph.link.Matcher;
import org.kinograph.link.Similarity;
import org.kinograph.link.Thresholds;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kinograph link-eval}: the film matcher measured on a LIMES-format benchmark. */
@Command(name = "link-eval", mixinStandardHelpOptions = true,
        description = {"Runs the film matcher of 'kinograph link' on LIMES-format files (tab-",
            "separated id, title, director; gold: source id, target id) and prints the",
            "precision, recall and F1 of its owl:sameAs links, the comparisons it made",
            "against source x target, and the time. With --baseline the specification LIMES",
            "ships for DBpedia-LinkedMDB runs too. The gold pairs not linked and the links",
            "the gold lacks are listed with both scores.", ""},
        footer = {"", "Example:",
            "  kinograph link-eval --baseline --source ../shared/linking/dbpedia-linkedmdb/source.csv \\",
            "    --target ../shared/linking/dbpedia-linkedmdb/target.csv \\",
            "    --gold ../shared/linking/dbpedia-linkedmdb/reference.csv"})
final class LinkEvalCommand implements Callable<Integer> {
    @Option(names = "--source", required = true, paramLabel = "S.csv", description = "Source films.")
    Path source;
    @Option(names = "--target", required = true, paramLabel = "T.csv", description = "Target films.")
    Path target;
    @Option(names = "--gold", required = true, paramLabel = "G.csv", description = "Gold pairs (source id, target id).")
    Path gold;
    @Option(names = "--accept", defaultValue = "0.9", paramLabel = "X", description = "owl:sameAs at or above (default: ${DEFAULT-VALUE}).")
    double accept;
    @Option(names = "--review", defaultValue = "0.75", paramLabel = "Y", description = "skos:closeMatch at or above (default: ${DEFAULT-VALUE}).")
    double review;
    @Option(names = "--measure", defaultValue = "trigram", paramLabel = "M",
            description = "Title similarity: trigram, jaro-winkler or jaccard (default: ${DEFAULT-VALUE}).")
    String measure;
    @Option(names = "--unique", defaultValue = "source", paramLabel = "SIDE",
            description = {"Which side holds one entity per film: source, target, both or none (default:",
                "${DEFAULT-VALUE}: DBpedia has one page per film, LinkedMDB holds duplicates)."})
    String unique;
    @Option(names = "--baseline", description = "Also run LIMES's specification for DBpedia-LinkedMDB (every pair).")
    boolean baseline;

    @Override
    public Integer call() {
        for (Path p : List.of(source, target, gold)) {
            if (!Files.isRegularFile(p)) throw new UsageException("no such file: " + p);
        }
        Matcher.Options options = options();
        LinkEvaluation eval = new LinkEvaluation(source, target, gold);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%d source films, %d target films, %d gold pairs; accept %s, review %s%n%n",
                eval.sources().size(), eval.targets().size(), eval.gold().size(), accept, review);
        out.printf("%-26s %9s %7s %7s %6s %12s %9s %9s%n", "", "precision", "recall", "F1", "links",
                "comparisons", "fewer by", "time");
        LinkEvaluation.Run ours = eval.matcher(options);
        row(out, ours, eval.allPairs());
        if (baseline) row(out, eval.baseline(), eval.allPairs());
        out.printf(Locale.ROOT, "(source x target = %d pairs)%n", eval.allPairs());
        disagreements(out, eval, ours, options);
        out.flush();
        return 0;
    }

    private Matcher.Options options() {
        try {
            Similarity.TitleMeasure m = Similarity.TitleMeasure.of(measure);
            Matcher.Options o = Matcher.Options.defaults().with(new Thresholds(accept, review)).with(m);
            return switch (unique.toLowerCase(Locale.ROOT)) {
                case "source" -> o.unique(true, false);
                case "target" -> o.unique(false, true);
                case "both" -> o.unique(true, true);
                case "none" -> o.unique(false, false);
                default -> throw new UsageException("--unique must be source, target, both or none");
            };
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().startsWith("No enum") ? "unknown --measure " + measure
                    + " (trigram, jaro-winkler, jaccard)" : e.getMessage());
        }
    }

    private static void row(PrintStream out, LinkEvaluation.Run r, long all) {
        out.printf(Locale.ROOT, "%-26s %9.4f %7.4f %7.4f %6d %12d %8.1fx %7d ms%n", r.name(),
                r.evaluation().precision(), r.evaluation().recall(), r.evaluation().f1(), r.links().size(),
                r.comparisons(), (double) all / Math.max(1, r.comparisons()), r.millis());
    }

    private static void disagreements(PrintStream out, LinkEvaluation eval, LinkEvaluation.Run run, Matcher.Options o) {
        List<LinkEvaluation.Disagreement> all = eval.disagreements(run, o);
        out.printf("%nGold pairs not linked, then links not in the gold (score: kinograph / LIMES specification):%n");
        for (LinkEvaluation.Disagreement d : all) {
            out.printf(Locale.ROOT, "  %s %.3f / %.3f  %s  ->  %s%n", d.inGold() ? "missed " : "extra  ", d.ours(),
                    d.baseline(), describe(eval.film(d.pair().source()), d.pair().source()),
                    describe(eval.film(d.pair().target()), d.pair().target()));
        }
    }

    private static String describe(Film f, String id) {
        if (f == null) return id + " (not in the files)";
        String director = f.directors().isEmpty() ? "" : " (" + String.join(", ", f.directors().get(0).names()) + ")";
        return "\"" + f.titles().get(0) + "\"" + director;
    }

}
