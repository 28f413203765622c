package org.kinograph.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.kinograph.cli.Kinograph;

/** Runs the real command line in-process and captures what it prints. */
public final class Cli {
    /** What a run printed and returned. */
    public record Run(int exit, String out, String err) {}

    private Cli() {}

    /** Runs {@code kinograph args...}. Not thread-safe: it redirects System.out and System.err. */
    public static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            var cl = Kinograph.commandLine();
            cl.setOut(new java.io.PrintWriter(o, true));
            cl.setErr(new java.io.PrintWriter(e, true));
            int exit = cl.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Runs {@code ingest --no-progress --store store paths...}. */
    public static Run ingest(Path store, Path... paths) {
        List<String> args = new ArrayList<>(List.of("ingest", "--no-progress", "--store", store.toString()));
        for (Path p : paths) args.add(p.toString());
        return run(args.toArray(String[]::new));
    }

    /** Runs a SELECT through {@code kinograph query --format json} and parses the W3C JSON results. */
    public static ResultSetRewindable select(Path store, String sparql) {
        Run r = run("query", "--store", store.toString(), "--format", "json", sparql);
        if (r.exit() != 0) throw new AssertionError("query failed (" + r.exit() + "): " + r.err());
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        return ResultSetFactory.makeRewindable(rs);
    }

    /** @return the values of one variable of a SELECT, as strings (IRIs or lexical forms). */
    public static List<String> column(Path store, String var, String sparql) {
        ResultSetRewindable rs = select(store, sparql);
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(s -> {
            var n = s.get(var);
            out.add(n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
        });
        return out;
    }

    /** @return the single value of a one-row, one-variable SELECT (e.g. a COUNT). */
    public static String single(Path store, String var, String sparql) {
        List<String> c = column(store, var, sparql);
        if (c.size() != 1) throw new AssertionError("expected one row, got " + c);
        return c.get(0);
    }
}
