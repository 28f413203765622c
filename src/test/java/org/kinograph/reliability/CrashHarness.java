package org.kinograph.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;

/**
 * Crash safety of ingest: writes a corpus, ingests it once without interruption (the reference),
 * then, trial after trial, ingests it in a process killed with SIGKILL at a random moment, reopens
 * the store and judges every document (whole or absent, see {@link DocumentSlices}), re-runs the
 * same ingest to its end and compares the final store with the reference. Odd trials start from an
 * empty store, which ingest fills through the bulk loader in one transaction (killed at a random
 * time of the run); even trials from a store holding the corpus's first document, which ingest
 * fills one transaction per document (killed after a random number of documents). One trial in
 * four is killed a second time while it re-runs. The moments come from a seed, which the report
 * records.
 */
public final class CrashHarness {
    private final Path work;
    private final int documents;
    private final long seed;
    private final Ids ids = new Ids(Ids.DEFAULT_BASE);
    private Path corpus;
    private Path firstFile;
    private long referenceMillis;
    private DatasetGraph reference;
    private DocumentSlices slices;

    /**
     * @param work      a scratch folder (corpus and stores)
     * @param documents the size of the corpus
     * @param seed      the seed of the corpus and of the moments
     */
    public CrashHarness(Path work, int documents, long seed) {
        this.work = work;
        this.documents = documents;
        this.seed = seed;
    }

    /** Runs the trials. @return the report (one entry per trial; see {@link #passed}) */
    public JsonObject run(int trials) {
        long started = System.nanoTime();
        JsonObject report = prepare();
        Random r = new Random(seed);
        JsonArray list = new JsonArray();
        int passed = 0;
        for (int t = 1; t <= trials; t++) {
            JsonObject trial = trial(t, r);
            list.add(trial);
            if (trial.get("passed").getAsBoolean().value()) passed++;
        }
        report.put("trials", trials);
        report.put("passed", passed);
        report.put("seconds", (System.nanoTime() - started) / 1_000_000_000L);
        report.put("runs", list);
        return report;
    }

    /** @return true when every trial of the report passed. */
    public static boolean passed(JsonObject report) {
        return report.get("passed").getAsNumber().value().intValue() == report.get("trials").getAsNumber().value().intValue();
    }

    private JsonObject prepare() {
        corpus = work.resolve("corpus");
        List<Path> files = new CorpusGenerator(seed).write(corpus, documents).stream()
                .map(d -> d.file().toAbsolutePath().normalize()).toList();
        firstFile = files.get(0);
        Path clean = work.resolve("reference");
        long t0 = System.nanoTime();
        IngestProcess.Ended run = IngestProcess.run(clean, corpus, null, 600);
        long cleanMillis = (System.nanoTime() - t0) / 1_000_000;
        referenceMillis = cleanMillis;
        if (run.exit() != 0) throw new AssertionError("the reference ingest failed (" + run.exit() + "): " + run.output());
        reference = StoreSnapshot.load(clean);
        slices = new DocumentSlices(reference, ids, files);
        JsonObject report = new JsonObject();
        report.put("seed", seed);
        report.put("documents", documents);
        report.put("referenceQuads", StoreSnapshot.quads(reference).size());
        report.put("referenceMillis", cleanMillis);
        return report;
    }

    private JsonObject trial(int n, Random r) {
        Path store = work.resolve("trial-" + n);
        JsonObject out = new JsonObject();
        out.put("trial", n);
        List<String> problems = new ArrayList<>();
        int[] absent = new int[1];
        boolean bulk = n % 2 == 1;
        out.put("path", bulk ? "bulk load into an empty store" : "one transaction per document");
        if (!bulk) {
            IngestProcess.Ended one = IngestProcess.run(store, firstFile, null, 600);
            if (one.exit() != 0) throw new AssertionError("ingest of the first document failed: " + one.output());
        }
        boolean ok = crash(store, bulk ? KillPlan.during(r, referenceMillis) : KillPlan.random(r, documents - 1),
                "first", out, problems, absent);
        if (ok && r.nextInt(4) == 0 && absent[0] > 2) {
            // Within what is left; a store the kill left empty is bulk loaded again.
            KillPlan again = absent[0] == documents ? KillPlan.during(r, referenceMillis) : KillPlan.random(r, absent[0]);
            ok = crash(store, again, "second", out, problems, absent);
        }
        if (ok) ok = finish(store, out, problems);
        JsonArray p = new JsonArray();
        problems.forEach(p::add);
        out.put("problems", p);
        out.put("passed", ok && problems.isEmpty());
        return out;
    }

    /**
     * Kills an ingest as planned, reopens the store and judges it; {@code absent[0]} gets the
     * number of documents not stored. @return false when the store is damaged
     */
    private boolean crash(Path store, KillPlan plan, String which, JsonObject out, List<String> problems, int[] absent) {
        IngestProcess.Ended run = IngestProcess.run(store, corpus, plan, 600);
        JsonObject kill = new JsonObject();
        kill.put("plan", plan.toString());
        kill.put("killed", run.killed());
        kill.put("killedAtMillis", run.killedAtMillis());
        kill.put("exit", run.exit());
        kill.put("documentsReported", run.documentsWritten());
        out.put(which + "Kill", kill);
        if (run.killed() && run.exit() != 137) problems.add(which + " kill: exit code " + run.exit() + ", not 137 (SIGKILL)");
        kill.put("bulkLoadInterrupted", KinographStore.bulkLoadInterrupted(store));
        DatasetGraph after;
        try {
            after = StoreSnapshot.load(store);
        } catch (RuntimeException e) {
            problems.add(which + " kill: the store does not open: " + e);
            return false;
        }
        DocumentSlices.Verdict v = slices.judge(after);
        kill.put("present", v.present());
        kill.put("absent", v.absent());
        absent[0] = v.absent();
        v.problems().stream().limit(20).forEach(p -> problems.add(which + " kill: " + p));
        if (v.present() < run.documentsWritten()) {
            problems.add(which + " kill: " + run.documentsWritten() + " documents were reported written, " + v.present() + " are stored");
        }
        return v.ok();
    }

    /** Re-runs the ingest to its end and compares the store with the reference. */
    private boolean finish(Path store, JsonObject out, List<String> problems) {
        long t0 = System.nanoTime();
        IngestProcess.Ended rerun = IngestProcess.run(store, corpus, null, 600);
        out.put("rerunMillis", (System.nanoTime() - t0) / 1_000_000);
        out.put("rerunExit", rerun.exit());
        if (rerun.exit() != 0) {
            problems.add("re-run exit code " + rerun.exit() + ": " + tail(rerun.output()));
            return false;
        }
        DatasetGraph done = StoreSnapshot.load(store);
        boolean iso = IsoMatcher.isomorphic(reference, done);
        out.put("isomorphic", iso);
        if (!iso) {
            problems.add("the final store differs from the reference: " + slices.judge(done).problems());
            problems.addAll(differences(StoreSnapshot.quads(reference), StoreSnapshot.quads(done)));
        }
        return iso;
    }

    /** @return the first quads (without blank nodes) only one of the two stores holds, at most ten each way. */
    private static List<String> differences(java.util.Set<Quad> reference, java.util.Set<Quad> found) {
        List<String> out = new java.util.ArrayList<>();
        java.util.function.Predicate<Quad> named = q -> !q.getSubject().isBlank() && !q.getObject().isBlank();
        reference.stream().filter(named).filter(q -> !found.contains(q)).limit(10).forEach(q -> out.add("missing: " + q));
        found.stream().filter(named).filter(q -> !reference.contains(q)).limit(10).forEach(q -> out.add("extra: " + q));
        return out;
    }

    private static String tail(List<String> lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}
