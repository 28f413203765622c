package org.kinograph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.kinograph.ingest.Ingester;
import org.kinograph.ingest.Outcome;
import org.kinograph.resolve.Resolver;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Prints ingest outcomes, one line per document, a progress bar on a terminal, and a summary. */
final class IngestReport implements Ingester.Listener, AutoCloseable {
    private final PrintStream out;
    private final boolean bar;
    private ProgressBar progress;
    private boolean resolutionFailed;
    private boolean bulk;

    IngestReport(PrintStream out, boolean bar) {
        this.out = out;
        this.bar = bar;
    }

    /** @return true when standard output is an interactive terminal. */
    static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22, a console exists only on a terminal
        }
    }

    @Override
    public void started(int files) {
        if (bar && files > 0) {
            progress = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
        }
    }

    @Override
    public void document(Outcome o) {
        String genre = o.genre() == null ? "-" : o.genre();
        String triples = o.status() == Outcome.Status.OK ? o.triples() + " triples" : "";
        out.printf(Locale.ROOT, "%-9s %-22s %-13s %s  (%s)%n", o.status().name().toLowerCase(Locale.ROOT), genre,
                triples, printable(String.valueOf(o.path())), printable(o.detail()));
        o.warnings().forEach(w -> out.println("          " + printable(w)));
        if (progress != null && !bulk) progress.step();
    }

    @Override
    public void bulkLoading() {
        bulk = true;
    }

    @Override
    public void loading(Outcome o) {
        if (progress != null) progress.step();
    }

    @Override
    public void resolved(Resolver.Report report) {
        closeBar();
        out.println("resolved  " + report.summary());
    }

    @Override
    public void resolutionFailed(String reason) {
        closeBar();
        resolutionFailed = true;
        out.println("failed    entity resolution  (" + reason + ")");
    }

    /** @return true when entity resolution failed in this run. */
    boolean resolutionFailed() {
        return resolutionFailed;
    }

    private void closeBar() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    /** @return the text with control characters escaped ("\\n", "\\u0007"), so that one document is one line. */
    static String printable(String s) {
        if (s == null || s.codePoints().noneMatch(IngestReport::isControl)) return s;
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (isControl(c)) b.append(String.format(Locale.ROOT, "\\u%04x", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
    }

    void summary(List<Outcome> outcomes, Path store) {
        Map<Outcome.Status, Integer> counts = new TreeMap<>();
        long triples = 0;
        for (Outcome o : outcomes) {
            counts.merge(o.status(), 1, Integer::sum);
            triples += o.triples();
        }
        if (progress != null) {
            progress.close();
            progress = null;
        }
        out.printf(Locale.ROOT, "%d documents: %d ok, %d unchanged, %d skipped, %d failed; %d triples written to %s%n",
                outcomes.size(), counts.getOrDefault(Outcome.Status.OK, 0),
                counts.getOrDefault(Outcome.Status.UNCHANGED, 0), counts.getOrDefault(Outcome.Status.SKIPPED, 0),
                counts.getOrDefault(Outcome.Status.FAILED, 0), triples, store.toAbsolutePath());
    }

    @Override
    public void close() {
        if (progress != null) progress.close();
    }
}
