package org.kinograph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kinograph} command line. Exit codes: 0 ok, 1 some documents failed or were skipped,
 * 2 usage error (or a store that does not exist).
 */
@Command(name = "kinograph", mixinStandardHelpOptions = true, version = "kinograph 0.1.0",
        description = {"Turns documents about films (encyclopedia articles, forum pages, blog reviews,",
            "static-site posts) into one RDF knowledge graph with provenance, stored in TDB2.", ""},
        subcommands = {IngestCommand.class, QueryCommand.class, StatsCommand.class, ConflictsCommand.class,
            ExplainCommand.class, ResolveCommand.class, ServeCommand.class, LinkCommand.class, LinkEvalCommand.class,
            DemoCommand.class, ExportCommand.class, ValidateCommand.class,
            GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
            "  kinograph ingest examples/corpus",
            "  kinograph query 'SELECT ?film ?name WHERE { ?film a schema:Movie ; schema:name ?name }'",
            "  kinograph stats",
            "  kinograph link --target wikidata --endpoint https://query.wikidata.org/sparql",
            "  kinograph conflicts",
            "  kinograph explain film/tokyo-story-1953 schema:datePublished",
            "  kinograph generate --docs 1000 --seed 1 --out /tmp/corpus",
            "", "The store is ./data/tdb2 unless --store or KINOGRAPH_STORE says otherwise."})
public final class Kinograph implements Runnable {
    /** Exit code when documents failed or were skipped. */
    public static final int SOME_FAILED = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;
    /** Width of {@code --help}, in characters. */
    static final int HELP_WIDTH = 104;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        String commands = String.join(", ", spec.subcommands().keySet());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (" + commands + ")");
    }

    /** @return the configured command line (used by main and by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Kinograph());
        // the descriptions are written as lines of up to 100 characters; picocli's default 80 re-wraps them
        cl.setUsageHelpWidth(HELP_WIDTH);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("kinograph: " + ex.getMessage());
            return ex instanceof UsageException ? USAGE : SOME_FAILED;
        });
        return cl;
    }

    /** Entry point. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench")) org.kinograph.bench.Bench.quietServer();
        System.exit(commandLine().execute(args));
    }
}
