package org.kinograph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The figures of one bench run: printed as they come, kept as JSON ({@code bench.json}) and as a
 * Markdown table ({@code bench.md}). The last two lines printed are
 * {@code ingest/tdbloader ratio: X.XX} and {@code reingest/ingest ratio: X.XX}.
 */
public final class Figures {
    private final PrintStream out;
    private final JsonObject json = new JsonObject();
    private final JsonArray levels = new JsonArray();
    private final List<String> rows = new ArrayList<>();

    Figures(PrintStream out) {
        this.out = out;
        json.put("queries", levels);
    }

    /** @return the figures as JSON (steps by name, "queries" per concurrency level, ratios) */
    public JsonObject json() {
        return json;
    }

    void put(String key, long value) {
        json.put(key, value);
    }

    void put(String key, String value) {
        json.put(key, value);
    }

    void line(String text) {
        out.println(text);
    }

    /**
     * Mapping alone, several passes over the same corpus: the first in a fresh JVM (class loading
     * and JIT compilation included), the next ones while the JIT still compiles the pages' many
     * patterns, and the last {@code measured}, whose mean is the figure.
     *
     * @param peakRssKb the bench JVM's peak resident set size over the passes (0: not measured)
     */
    void mapping(List<MappingRun.Result> passes, int measured, long peakRssKb) {
        List<MappingRun.Result> steady = passes.subList(passes.size() - measured, passes.size());
        MappingRun.Result r = steady.get(0);
        double seconds = steady.stream().mapToDouble(MappingRun.Result::seconds).average().orElseThrow();
        JsonObject o = new JsonObject();
        o.put("documents", r.documents());
        o.put("skipped", r.skipped());
        o.put("quads", r.quads());
        o.put("seconds", JsonNumber.value(seconds));
        o.put("documentsPerSecond", JsonNumber.value(r.documents() / seconds));
        o.put("quadsPerSecond", JsonNumber.value(r.quads() / seconds));
        o.put("firstPassSeconds", JsonNumber.value(passes.get(0).seconds()));
        JsonArray each = new JsonArray();
        passes.forEach(p -> each.add(JsonNumber.value(p.seconds())));
        o.put("passSeconds", each);
        o.put("measuredPasses", measured);
        o.put("peakRssKb", peakRssKb);
        json.put("mapping", o);
        line(String.format(Locale.ROOT, "mapping alone, passes: %s s (the mean of the last %d is the figure)",
                passes.stream().map(p -> String.format(Locale.ROOT, "%.2f", p.seconds()))
                        .collect(Collectors.joining(" / ")), measured));
        line(String.format(Locale.ROOT, "mapping alone: %,d documents, %,d quads in %.2f s: %,.0f documents/s, "
                + "%,.0f quads/s", r.documents(), r.quads(), seconds, r.documents() / seconds, r.quads() / seconds));
        for (int i = 0; i < passes.size() - measured; i++) {
            MappingRun.Result p = passes.get(i);
            rows.add(String.format(Locale.ROOT, "| mapping alone, pass %d (JVM warming up) | %.1f s | %,.0f docs/s | |",
                    i + 1, p.seconds(), p.documents() / p.seconds()));
        }
        String rss = peakRssKb > 0 ? String.format(Locale.ROOT, "%,d MB over the passes (bench JVM)", peakRssKb / 1024)
                : "(in the bench JVM)";
        rows.add(String.format(Locale.ROOT, "| mapping alone (documents → N-Quads), mean of passes %d–%d | %.1f s |"
                + " %,.0f docs/s, %,.0f quads/s | %s |", passes.size() - measured + 1, passes.size(), seconds,
                r.documents() / seconds, r.quads() / seconds, rss));
    }

    void step(String key, String label, Subprocess.Result r) {
        JsonObject o = new JsonObject();
        o.put("seconds", JsonNumber.value(r.seconds()));
        o.put("peakRssKb", r.peakRssKb());
        o.put("heapAfterGcMb", r.heapAfterGcMb());
        json.put(key, o);
        line(String.format(Locale.ROOT, "%s: %.2f s, peak RSS %,d MB, heap after GC at most %,d MB", label, r.seconds(),
                r.peakRssKb() / 1024, r.heapAfterGcMb()));
        rows.add(String.format(Locale.ROOT, "| %s | %.1f s | | %,d MB |", label, r.seconds(), r.peakRssKb() / 1024));
    }

    void queries(QueryLoad.Level l) {
        JsonObject o = new JsonObject();
        o.put("clients", l.clients());
        o.put("requests", l.requests());
        o.put("errors", l.errors());
        o.put("seconds", JsonNumber.value(l.seconds()));
        o.put("all", millis(l.all()));
        o.put("pointLookups", millis(l.point()));
        levels.add(o);
        line(String.format(Locale.ROOT, "queries, %2d clients: %,d requests, %d errors; p50/p95/p99 %s ms "
                + "(point lookups %s ms)", l.clients(), l.requests(), l.errors(), triple(l.all()), triple(l.point())));
        rows.add(String.format(Locale.ROOT, "| queries, %d clients (%,d requests, %d errors) | %.1f s | p50/p95/p99 %s ms;"
                + " point lookups %s ms | |", l.clients(), l.requests(), l.errors(), l.seconds(), triple(l.all()),
                triple(l.point())));
    }

    /**
     * Adds the ratios, writes bench.json and bench.md, and prints the ratio lines, the two the
     * issue's scripts read last.
     */
    void finish(Path dir) throws IOException {
        double ingest = seconds("ingest");
        double ratio = ingest / seconds("tdbloader");
        double reRatio = seconds("reingest") / ingest;
        double loaderToMapping = seconds("tdbloader") / seconds("mapping");
        json.put("ingestToTdbloaderRatio", JsonNumber.value(ratio));
        json.put("reingestToIngestRatio", JsonNumber.value(reRatio));
        json.put("tdbloaderToMappingRatio", JsonNumber.value(loaderToMapping));
        try (OutputStream os = Files.newOutputStream(dir.resolve("bench.json"))) {
            JSON.write(os, json);
        }
        Files.writeString(dir.resolve("bench.md"), markdown(ratio, reRatio, loaderToMapping), StandardCharsets.UTF_8);
        line(String.format(Locale.ROOT, "tdbloader/mapping ratio: %.2f (mapping alone is this many times faster)",
                loaderToMapping));
        line(String.format(Locale.ROOT, "ingest/tdbloader ratio: %.2f", ratio));
        line(String.format(Locale.ROOT, "reingest/ingest ratio: %.2f", reRatio));
    }

    private String markdown(double ratio, double reRatio, double loaderToMapping) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d documents, %d cores, child JVM options: %s%n%n",
                json.get("docs").getAsNumber().value().longValue(), Runtime.getRuntime().availableProcessors(),
                json.get("jvmOptions").getAsString().value().isEmpty() ? "(none)" : json.get("jvmOptions").getAsString().value()));
        b.append("| step | wall | rate / latency | peak RSS |\n|---|---|---|---|\n");
        rows.forEach(r -> b.append(r).append('\n'));
        b.append(String.format(Locale.ROOT, "%ntdbloader/mapping ratio: %.2f; ingest/tdbloader ratio: %.2f; "
                + "reingest/ingest ratio: %.2f%n", loaderToMapping, ratio, reRatio));
        return b.toString();
    }

    /** @return the "seconds" of a step in bench.json (the mapping's is the mean of its measured passes). */
    private double seconds(String step) {
        return json.get(step).getAsObject().get("seconds").getAsNumber().value().doubleValue();
    }

    private static JsonObject millis(double[] p) {
        JsonObject o = new JsonObject();
        o.put("p50", JsonNumber.value(p[0]));
        o.put("p95", JsonNumber.value(p[1]));
        o.put("p99", JsonNumber.value(p[2]));
        return o;
    }

    private static String triple(double[] p) {
        return String.format(Locale.ROOT, "%.1f/%.1f/%.1f", p[0], p[1], p[2]);
    }
}
