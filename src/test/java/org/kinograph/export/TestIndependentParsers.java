package org.kinograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinograph.testing.TestFiles;

/**
 * Parsers we did not write agree with Jena on the exports: N3.js reads the TriG and Turtle, and
 * jsonld.js expands the JSON-LD, each giving the same number of quads. The parsers come from the
 * npm registry at the versions pinned in src/test/js/package-lock.json and are installed here when
 * missing; in CI a missing Node.js fails the test, elsewhere it is skipped.
 */
public class TestIndependentParsers {
    static final Path JS = TestFiles.repo().resolve("src/test/js");

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    @BeforeAll
    static void installParsers() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean node = run(List.of("node", "--version"), JS).exit == 0;
        if (!node && ci) throw new AssertionError("CI needs Node.js and npm for the independent parsers");
        org.junit.jupiter.api.Assumptions.assumeTrue(node, "Node.js is not installed");
        if (!Files.isDirectory(JS.resolve("node_modules/n3")) || !Files.isDirectory(JS.resolve("node_modules/jsonld"))) {
            Result r = run(List.of("npm", "ci", "--no-audit", "--no-fund"), JS);
            assertThat(r.exit).as("npm ci: " + r.out).isZero();
        }
    }

    record Result(int exit, String out) {}

    static Result run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = p.waitFor(5, TimeUnit.MINUTES);
            return new Result(done ? p.exitValue() : -1, out);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
    }

    static long count(String format, Path file) throws Exception {
        Result r = run(List.of("node", "count.mjs", format, file.toString()), JS);
        assertThat(r.exit).as(r.out).isZero();
        return Long.parseLong(r.out.trim());
    }

    @Test
    void n3jsAndJsonldJsCountWhatJenaCounts() throws Exception {
        ExportFixture fixture = new ExportFixture(tmp);
        Path trig = fixture.export("trig");
        Path ttl = fixture.export("ttl", "--data-only");
        Path jsonld = fixture.export("jsonld");
        long jenaTrig = RDFDataMgr.loadDatasetGraph(trig.toString()).stream().count();
        assertThat(jenaTrig).isGreaterThan(1000);
        assertThat(count("trig", trig)).isEqualTo(jenaTrig);
        assertThat(count("turtle", ttl)).isEqualTo(RDFDataMgr.loadGraph(ttl.toString()).size());
        assertThat(count("jsonld", jsonld)).isEqualTo(RDFDataMgr.loadDatasetGraph(jsonld.toString()).stream().count());
    }
}
