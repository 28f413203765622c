package org.kinograph.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.tdb2.TDB2;
import org.kinograph.vocab.Prefixes;

/**
 * Runs SPARQL over the store with the union of all named graphs as the default graph (as the
 * endpoint sees it) and writes the results in a W3C format.
 */
public final class QueryRunner {

    /** Output formats for SELECT and ASK. */
    public enum Format { TABLE, CSV, TSV, JSON, XML }

    private final KinographStore store;

    /** @param store the store to query */
    public QueryRunner(KinographStore store) {
        this.store = store;
    }

    /**
     * Parses a query; the project's prefixes (schema, kino, prov, nif, rdf, rdfs, xsd, owl, skos)
     * are predeclared.
     *
     * @throws org.apache.jena.query.QueryParseException when it is not SPARQL
     */
    public static Query parse(String sparql) {
        Query q = new Query();
        q.setPrefixMapping(Prefixes.get());
        QueryFactory.parse(q, sparql, null, Syntax.syntaxARQ);
        return q;
    }

    /**
     * Runs a query and writes its results: SELECT/ASK in {@code format}, CONSTRUCT/DESCRIBE as
     * Turtle.
     */
    public void run(Query query, Format format, OutputStream out) {
        store.dataset().executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                if (query.isSelectType()) writeSelect(qe.execSelect(), format, out);
                else if (query.isAskType()) writeAsk(qe.execAsk(), format, out);
                else if (query.isConstructType()) writeModel(qe.execConstruct(), out);
                else if (query.isDescribeType()) writeModel(qe.execDescribe(), out);
                else throw new IllegalArgumentException("unsupported query type");
            }
        });
    }

    private static void writeSelect(ResultSet rs, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs, Prefixes.get());
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
        }
    }

    private static void writeAsk(boolean answer, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> new PrintStream(out, true, StandardCharsets.UTF_8).println(answer ? "yes" : "no");
            case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, answer, ResultSetLang.RS_XML);
        }
    }

    private static void writeModel(Model m, OutputStream out) {
        m.setNsPrefixes(Prefixes.get());
        RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
    }

    /** @return the format for a name ("json", "table", …), case-insensitive. */
    public static Format format(String name) {
        return Format.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
