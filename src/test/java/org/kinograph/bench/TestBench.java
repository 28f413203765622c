package org.kinograph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bench at N = 200: every figure present and sane (no timing thresholds). */
class TestBench {
    private static final int DOCS = 200;

    @Test
    void wholeBenchAtASmallN(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bench");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Bench.run(new Bench.Config(DOCS, 3, out, null, List.of("-Xmx512m"), 40),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        JsonObject json = JSON.read(out.resolve("bench.json").toString());
        assertThat(json.get("docs").getAsNumber().value().intValue()).isEqualTo(DOCS);
        JsonObject mapping = json.get("mapping").getAsObject();
        assertThat(num(mapping, "documents")).isEqualTo(DOCS);
        assertThat(num(mapping, "quads")).isGreaterThan(DOCS * 10.0);
        assertThat(num(mapping, "documentsPerSecond")).isPositive();
        assertThat(num(mapping, "firstPassSeconds")).isPositive();
        var passes = mapping.get("passSeconds").getAsArray();
        assertThat(passes).hasSize(Bench.MAPPING_PASSES);
        double steady = 0;
        for (int i = Bench.MAPPING_PASSES - Bench.MEASURED_PASSES; i < Bench.MAPPING_PASSES; i++) {
            steady += passes.get(i).getAsNumber().value().doubleValue() / Bench.MEASURED_PASSES;
        }
        assertThat(num(mapping, "seconds")).isCloseTo(steady, org.assertj.core.data.Offset.offset(1e-9));
        if (Memory.resetSelfPeak()) assertThat(num(mapping, "peakRssKb")).isPositive(); // Linux: the step's own peak
        else assertThat(num(mapping, "peakRssKb")).isZero();
        assertThat(Files.size(out.resolve("mapped.nq"))).isPositive();
        for (String step : List.of("tdbloader", "ingest", "reingest")) {
            JsonObject o = json.get(step).getAsObject();
            assertThat(num(o, "seconds")).as(step).isPositive();
            assertThat(num(o, "peakRssKb")).as(step).isGreaterThan(10_000);
            assertThat(num(o, "heapAfterGcMb")).as(step).isGreaterThanOrEqualTo(0.0);
        }
        assertThat(num(json.get("ingest").getAsObject(), "heapAfterGcMb")).isPositive();
        assertThat(num(json, "ingestToTdbloaderRatio")).isPositive();
        assertThat(num(json, "reingestToIngestRatio")).isPositive().isLessThan(1.0);
        assertThat(num(json, "tdbloaderToMappingRatio")).isCloseTo(num(json.get("tdbloader").getAsObject(), "seconds")
                / num(json.get("mapping").getAsObject(), "seconds"), org.assertj.core.data.Offset.offset(1e-9));
        assertLevels(json);
        assertLastLines(printed.toString(StandardCharsets.UTF_8));
        assertThat(Files.readString(out.resolve("bench.md"))).contains("| kinograph ingest (fresh store) |");
    }

    private static void assertLevels(JsonObject json) {
        List<JsonValue> levels = json.get("queries").getAsArray();
        assertThat(levels).extracting(l -> num(l.getAsObject(), "clients")).containsExactly(1.0, 4.0, 16.0);
        for (JsonValue v : levels) {
            JsonObject l = v.getAsObject();
            assertThat(num(l, "requests")).isEqualTo(40);
            assertThat(num(l, "errors")).isZero();
            JsonObject all = l.get("all").getAsObject();
            assertThat(num(all, "p50")).isPositive().isLessThanOrEqualTo(num(all, "p95"));
            assertThat(num(all, "p95")).isLessThanOrEqualTo(num(all, "p99"));
            assertThat(num(l.get("pointLookups").getAsObject(), "p50")).isPositive();
        }
    }

    private static void assertLastLines(String printed) {
        List<String> lines = printed.lines().toList();
        assertThat(lines.get(lines.size() - 3)).startsWith("tdbloader/mapping ratio: ");
        assertThat(lines.get(lines.size() - 2)).matches("ingest/tdbloader ratio: \\d+\\.\\d\\d");
        assertThat(lines.get(lines.size() - 1)).matches("reingest/ingest ratio: \\d+\\.\\d\\d");
        assertThat(printed).contains("mapping alone: 200 documents");
    }

    @Test
    void refusesAFolderThatIsNotABenchsOwn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Bench.run(new Bench.Config(DOCS, 1, dir, null, List.of(), 10), System.out))
                .isInstanceOf(Bench.BenchException.class).hasMessageContaining("not empty");
        assertThat(dir.resolve("notes.txt")).exists();
        assertThat(dir.resolve("corpus")).doesNotExist();
    }

    private static double num(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().doubleValue();
    }
}
