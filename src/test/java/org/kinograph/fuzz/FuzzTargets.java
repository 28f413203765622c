package org.kinograph.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.kinograph.article.EncyclopediaArticle;
import org.kinograph.genre.DocumentErrors;
import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.Genre;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.genre.GenreScore;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.map.DocumentMapper;
import org.kinograph.model.ParsedDocument;
import org.kinograph.prov.Provenance;
import org.kinograph.reliability.Results;
import org.kinograph.source.Source;
import org.kinograph.source.SourceException;
import org.kinograph.source.SourceReader;
import org.kinograph.vocab.Ids;
import org.kinograph.web.BlogReview;
import org.kinograph.web.ForumPage;
import org.kinograph.web.StaticSitePost;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz targets: the genre detector, each genre's parser (and the mapping of what it
 * parsed), the whole pipeline, and the source reader. A target fails when the code under test
 * throws, or when its output breaks an invariant ({@link Invariants}). Without {@code JAZZER_FUZZ}
 * each target runs once per input in {@code FuzzTargetsInputs/<target>/} (regression mode, part of
 * the normal test run); with {@code JAZZER_FUZZ=1} one target at a time is fuzzed (see README).
 */
public class FuzzTargets {
    private static final Ids IDS = new Ids(Ids.DEFAULT_BASE);
    private static final DocumentPipeline PIPELINE = new DocumentPipeline(GenreRegistry.standard(), IDS);
    private static final Map<String, AtomicLong> EXECUTIONS = new ConcurrentHashMap<>();
    private static final long STARTED = System.nanoTime();
    private static Path scratch;

    private static String winner(GenreRegistry.Detection d) {
        return d.winner().map(w -> w.genre().name()).orElse("");
    }

    @FuzzTest
    void detector(byte[] input) {
        count("detector");
        String text = text(input);
        GenreRegistry.Detection d = GenreRegistry.standard().detectAll(text);
        for (GenreRegistry.Scored s : d.scores()) Invariants.score(s.genre().name(), s.score());
        Invariants.check(winner(GenreRegistry.standard().detect(text)).equals(winner(d)),
                "detection that stops at a certain genre picks the winner of scoring every genre");
        Invariants.check(!d.explain().isEmpty(), "an explanation of the detection");
    }

    @FuzzTest
    void encyclopediaArticle(byte[] input) {
        genre("encyclopediaArticle", new EncyclopediaArticle(), input);
    }

    @FuzzTest
    void forumPage(byte[] input) {
        genre("forumPage", new ForumPage(), input);
    }

    @FuzzTest
    void blogReview(byte[] input) {
        genre("blogReview", new BlogReview(), input);
    }

    @FuzzTest
    void staticSitePost(byte[] input) {
        genre("staticSitePost", new StaticSitePost(), input);
    }

    @FuzzTest
    void pipeline(byte[] input) {
        count("pipeline");
        Source doc = source(text(input));
        DocumentPipeline.Mapped m = PIPELINE.map(doc, ErrorHandler.silent());
        Invariants.check(m.skipped() != null || !m.document().isEmpty(), "a mapped document has quads");
        Invariants.quads(doc.text(), m.document());
        Invariants.quads(doc.text(), m.meta());
    }

    @FuzzTest
    void sourceReader(byte[] input) {
        count("sourceReader");
        Path file = scratch().resolve("input-" + Thread.currentThread().getId());
        try {
            Files.write(file, input);
            Source s = new SourceReader(1 << 20).read(file);
            Invariants.check(!s.text().isBlank() && !s.text().startsWith("\uFEFF"), "a read text: not blank, no BOM");
            Invariants.check(s.byteSize() == input.length, "the byte size");
        } catch (SourceException expected) {
            Invariants.check(expected.getMessage() != null && !expected.getMessage().isBlank(), "a reason");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scores and parses with one genre whatever its score, maps what it parsed, and checks both. */
    private static void genre(String target, Genre genre, byte[] input) {
        count(target);
        Source doc = source(text(input));
        GenreScore score = genre.score(doc.text());
        Invariants.score(genre.name(), score);
        ParsedDocument parsed = genre.parse(doc, ErrorHandler.silent());
        Invariants.check(parsed != null && parsed.genre().equals(genre.name()), "a parse result of the genre");
        Invariants.check(!parsed.films().isEmpty() || parsed.noFilmReason() != null, "films, or why there are none");
        List<Quad> quads = new ArrayList<>();
        Provenance prov = new Provenance(IDS, doc, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        });
        prov.start();
        new DocumentMapper(IDS).map(parsed, doc.id(), prov, new DocumentErrors(doc, ErrorHandler.silent()));
        prov.finish();
        Invariants.quads(doc.text(), quads);
    }

    private static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    private static Source source(String text) {
        return Source.ofText(Path.of("/fuzz/input.txt"), text);
    }

    private static void count(String target) {
        EXECUTIONS.computeIfAbsent(target, k -> new AtomicLong()).incrementAndGet();
    }

    private static synchronized Path scratch() {
        if (scratch == null) {
            try {
                scratch = Files.createTempDirectory("kinograph-fuzz-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scratch;
    }

    /** In fuzzing mode, writes each fuzzed target's executions and time to target/reliability/fuzz-TARGET.json. */
    @AfterAll
    static void report() {
        if (System.getenv("JAZZER_FUZZ") == null) return;
        long seconds = (System.nanoTime() - STARTED) / 1_000_000_000L;
        new TreeMap<>(EXECUTIONS).forEach((target, n) -> {
            JsonObject o = new JsonObject();
            o.put("target", target);
            o.put("executions", n.get());
            o.put("seconds", seconds);
            o.put("maxDuration", System.getProperty("jazzer.max_duration", ""));
            Results.write("fuzz-" + target, o);
            System.out.printf("fuzz %s: %d executions in %d s%n", target, n.get(), seconds);
        });
        Results.write("fuzz", total());
    }

    /** @return the sum of every fuzz-TARGET.json written so far: targets, executions, seconds. */
    private static JsonObject total() {
        JsonObject all = new JsonObject();
        long executions = 0;
        long seconds = 0;
        org.apache.jena.atlas.json.JsonArray targets = new org.apache.jena.atlas.json.JsonArray();
        try (var files = Files.list(Results.folder())) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("fuzz-.+\\.json")).sorted().toList()) {
                JsonObject o = org.apache.jena.atlas.json.JSON.read(f.toString());
                executions += o.get("executions").getAsNumber().value().longValue();
                seconds += o.get("seconds").getAsNumber().value().longValue();
                targets.add(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.put("executions", executions);
        all.put("seconds", seconds);
        all.put("targets", targets);
        return all;
    }
}
