package org.kinograph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.kinograph.store.KinographStore;
import org.kinograph.store.QueryRunner;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kinograph query}: SPARQL over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over the store. The default graph is the union of all named",
            "graphs, as the endpoint sees it; GRAPH ?g { … } reaches one document's graph. The prefixes",
            "schema, kino, prov, nif, rdf, rdfs, xsd, owl and skos are predeclared.", ""},
        footer = {"", "SELECT and ASK print in --format (json = SPARQL 1.1 Query Results JSON);",
            "CONSTRUCT and DESCRIBE print Turtle.", "",
            "Example:",
            "  kinograph query --format csv 'SELECT ?name ?date WHERE { ?f a schema:Movie ; schema:name ?name ;",
            "                                 schema:datePublished ?date }'"})
final class QueryCommand implements Callable<Integer> {
    @Mixin(name = "store")
    StoreOptions options = new StoreOptions();

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Parameters(paramLabel = "QUERY", description = "The SPARQL query text.")
        String text;
        @Option(names = "--file", paramLabel = "F.rq", description = "Read the query from a file.")
        Path file;
    }

    @Override
    public Integer call() {
        QueryRunner.Format fmt;
        try {
            fmt = QueryRunner.format(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --format " + format + " (table, csv, tsv, json, xml)");
        }
        Query query = parse(read());
        try (KinographStore store = options.openExisting()) {
            new QueryRunner(store).run(query, fmt, System.out);
            System.out.flush();
        }
        return 0;
    }

    private String read() {
        if (input.file == null) return input.text;
        try {
            return Files.readString(input.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read query file " + input.file + ": " + e.getMessage());
        }
    }

    private Query parse(String text) {
        try {
            return QueryRunner.parse(text);
        } catch (QueryParseException e) {
            String where = input.file != null ? input.file.toString() : "query";
            throw new UsageException(where + ": line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + e.getMessage());
        }
    }
}
