package org.kinograph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.reliability.HostileCorpus.Case;
import org.kinograph.reliability.HostileCorpus.Expect;
import org.kinograph.testing.Graphs;
import org.kinograph.vocab.SCHEMA;
import org.apache.jena.vocabulary.RDF;

/**
 * One ingest, in a process of its own with a 512 MB heap, over a folder of hostile files next to
 * good documents, while one file vanishes and another is rewritten under it: every file is mapped
 * or reported with its reason, nothing throws, nothing hangs, nothing runs out of memory, the good
 * documents are all stored, and the exit code is 1.
 */
public class TestHostileCorpus {
    private static final Set<String> STATUSES = Set.of("ok", "unchanged", "skipped", "failed");

    /** One report line: status and the text after the path. */
    private record Line(String status, String detail) {}

    @Test
    void everyFileIsMappedOrReportedAndTheGoodOnesAreStored() throws Exception {
        Path work = Results.scratch("hostile");
        try {
            Path in = work.resolve("in");
            HostileCorpus corpus = new HostileCorpus(in, 20_240_611L);
            corpus.build();
            Path fifo = fifo(work.resolve("devices"), corpus);
            Path vanishing = Files.writeString(in.resolve("zz-vanishing.txt"), HostileCorpus.article("The Vanishing Ferry"));
            corpus.add(new Case("a file deleted after the ingest listed it", vanishing, Expect.REPORTED));
            Path changing = Files.writeString(in.resolve("zz-changing.txt"), HostileCorpus.article("The Changing Tide"));
            corpus.add(new Case("a file rewritten while it is read", changing, Expect.EITHER));
            Run run = ingest(work.resolve("store"), in, fifo, vanishing, changing);
            JsonObject report = judge(corpus.cases(), run, work.resolve("store"));
            Results.write("hostile", report);
            System.out.printf("hostile corpus: %s files, %s as expected, exit %d, %d s%n", report.get("files"),
                    report.get("asExpected"), run.exit, run.seconds);
            assertThat(report.get("problems").getAsArray()).as("problems").isEmpty();
        } finally {
            PathUtils.deleteDirectory(work);
        }
    }

    private static Path fifo(Path dir, HostileCorpus corpus) throws Exception {
        Files.createDirectories(dir);
        Path fifo = dir.resolve("pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (p.waitFor() != 0) return null;
        corpus.add(new Case("a named pipe (reading would block)", fifo, Expect.REPORTED));
        return fifo;
    }

    /** What the ingest printed, its exit code and how long it took. */
    private record Run(int exit, long seconds, List<String> out) {}

    private static Run ingest(Path store, Path in, Path fifo, Path vanishing, Path changing) throws Exception {
        List<String> args = new ArrayList<>(List.of("ingest", "--no-progress", "--store", store.toString(), in.toString()));
        if (fifo != null) args.add(fifo.toString());
        ProcessBuilder pb = new ProcessBuilder(JavaCommand.kinograph(List.of("-Xmx512m"), args.toArray(String[]::new)))
                .redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        AtomicBoolean done = new AtomicBoolean();
        Thread churn = churn(changing, done);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (out.isEmpty()) Files.deleteIfExists(vanishing); // listed by now: the walk comes before the first line
                out.add(line);
            }
        } finally {
            done.set(true);
            churn.join();
        }
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the ingest ends").isTrue();
        return new Run(p.exitValue(), (System.nanoTime() - start) / 1_000_000_000L, out);
    }

    /** Rewrites a file in place, with documents of different sizes, until told to stop. */
    private static Thread churn(Path file, AtomicBoolean done) {
        AtomicInteger n = new AtomicInteger();
        Thread t = new Thread(() -> {
            while (!done.get()) {
                try {
                    Files.writeString(file, HostileCorpus.article("The Changing Tide " + "x".repeat(n.incrementAndGet() % 5000)));
                } catch (IOException e) {
                    return;
                }
            }
        }, "churn");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static JsonObject judge(List<Case> cases, Run run, Path store) {
        List<String> problems = new ArrayList<>();
        JsonArray files = new JsonArray();
        int asExpected = 0;
        for (Case c : cases) {
            List<Line> lines = linesFor(run.out, c.path());
            JsonObject f = new JsonObject();
            f.put("kind", c.kind());
            f.put("expect", c.expect().name().toLowerCase(Locale.ROOT));
            f.put("status", lines.size() == 1 ? lines.get(0).status() : lines.size() + " lines");
            f.put("reason", lines.size() == 1 ? lines.get(0).detail() : "");
            files.add(f);
            String wrong = check(c, lines);
            if (wrong == null) asExpected++;
            else problems.add(c.kind() + " (" + c.path().getFileName() + "): " + wrong);
        }
        problems.addAll(global(run, cases.size()));
        problems.addAll(stored(cases, run, store));
        JsonObject report = new JsonObject();
        report.put("files", cases.size());
        report.put("asExpected", asExpected);
        report.put("exit", run.exit);
        report.put("seconds", run.seconds);
        JsonArray p = new JsonArray();
        problems.forEach(p::add);
        report.put("problems", p);
        report.put("cases", files);
        return report;
    }

    private static String check(Case c, List<Line> lines) {
        if (c.expect() == Expect.IGNORED) return lines.isEmpty() ? null : "reported, but hidden files are skipped";
        if (lines.size() != 1) return lines.size() + " report lines, not 1";
        Line l = lines.get(0);
        if (!STATUSES.contains(l.status())) return "unknown status " + l.status();
        boolean mapped = l.status().equals("ok");
        if (!mapped && l.detail().isBlank()) return "reported without a reason";
        if (l.detail().startsWith("internal error") || l.detail().startsWith("out of memory")) {
            return "a bug caught by the safety net: " + l.detail();
        }
        return switch (c.expect()) {
            case MAPPED -> mapped ? null : "not mapped: " + l.status() + " (" + l.detail() + ")";
            case REPORTED -> mapped ? "mapped, but should be reported" : null;
            default -> null;
        };
    }

    /** The report lines of one file: "status genre [N triples] PATH  (detail)". */
    private static List<Line> linesFor(List<String> out, Path file) {
        String path = " " + printable(file.toAbsolutePath().normalize().toString()) + "  (";
        List<Line> found = new ArrayList<>();
        for (String l : out) {
            int at = l.indexOf(path);
            if (l.startsWith(" ") || at < 0) continue;
            String detail = l.substring(at + path.length(), l.length() - (l.endsWith(")") ? 1 : 0));
            found.add(new Line(l.substring(0, l.indexOf(' ')), detail));
        }
        return found;
    }

    /** The report's escaping of control characters (cli.IngestReport). */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (Character.isISOControl(c)) b.append(String.format(Locale.ROOT, "\\u%04x", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }

    private static List<String> global(Run run, int cases) {
        List<String> problems = new ArrayList<>();
        if (run.exit != 1) problems.add("exit code " + run.exit + ", not 1");
        String summary = run.out.isEmpty() ? "" : run.out.get(run.out.size() - 1);
        if (!summary.matches("\\d+ documents: .*")) problems.add("no summary line; the run ended with: " + summary);
        for (String l : run.out) {
            if (l.contains("Exception in thread") || l.contains("OutOfMemoryError") || l.contains("out of memory")
                    || l.contains("StackOverflowError") || l.startsWith("\tat ") || l.startsWith("kinograph: ")) {
                problems.add("uncaught or fatal: " + l);
            }
        }
        long reportLines = run.out.stream().filter(l -> STATUSES.contains(l.split(" ", 2)[0])).count();
        if (reportLines < cases - 1) problems.add(reportLines + " report lines for " + cases + " cases");
        return problems;
    }

    /** Every file expected to be mapped is in the store with exactly the graph it maps to. */
    private static List<String> stored(List<Case> cases, Run run, Path store) {
        List<String> problems = new ArrayList<>();
        DatasetGraph dsg = StoreSnapshot.load(store);
        for (Case c : cases) {
            if (c.expect() != Expect.MAPPED) continue;
            DocumentPipeline.Mapped m = Graphs.map(Graphs.read(c.path()));
            if (m.document().isEmpty()) {
                problems.add("maps to nothing in process: " + c.kind());
                continue;
            }
            for (Quad q : m.document()) {
                if (!Txn.calculateRead(dsg, () -> dsg.contains(q))) {
                    problems.add("not stored whole: " + c.kind() + " (" + q + ")");
                    break;
                }
            }
            if (c.film() != null && !named(dsg, c.film())) problems.add("no film named \"" + c.film() + "\": " + c.kind());
        }
        return problems;
    }

    private static boolean named(DatasetGraph dsg, String film) {
        Node name = NodeFactory.createLiteralString(film);
        return Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Node.ANY, Node.ANY, SCHEMA.name, name)).stream()
                .anyMatch(q -> dsg.contains(q.getGraph(), q.getSubject(), RDF.Nodes.type, SCHEMA.Movie)));
    }
}
