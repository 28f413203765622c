package org.kinograph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.Ingester;
import org.kinograph.store.KinographStore;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;

/** The server's limits: writes only for authenticated users, timeouts, result caps. */
public class TestServerLimits {
    @TempDir
    Path tmp;

    static final Ids IDS = TestKinographServer.IDS;

    private KinographStore store() {
        KinographStore s = KinographStore.open(tmp.resolve("store"), IDS);
        new Ingester(s, GenreRegistry.standard(), IDS).ingest(
                java.util.List.of(TestFiles.repo().resolve("examples/corpus")), o -> { });
        return s;
    }

    private static HttpResponse<String> update(KinographServer server, String auth) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(server.url() + "kinograph/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"c\" } }"));
        if (auth != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        return TestKinographServer.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withUpdateWritesNeedCredentials() throws Exception {
        Path passwords = tmp.resolve("passwd");
        Files.writeString(passwords, "editor: s3cret\n", StandardCharsets.UTF_8);
        try (KinographStore s = store();
             KinographServer server = KinographServer.start(s, IDS,
                     new KinographServer.Options("127.0.0.1", 0, 10, 100, passwords))) {
            assertThat(update(server, null).statusCode()).isEqualTo(401);
            assertThat(update(server, "editor:wrong").statusCode()).isEqualTo(401);
            assertThat(update(server, "editor:s3cret").statusCode()).isBetween(200, 204);
            var ask = TestKinographServer.get(server.sparqlUrl() + "?query=" + TestKinographServer.q(
                    "ASK { <urn:a> <urn:b> \"c\" }"), "application/sparql-results+json");
            assertThat(ask.statusCode()).as("reads stay open").isEqualTo(200);
            assertThat(ask.body()).contains("true");
        }
    }

    @Test
    void aQueryPastTheTimeoutIsCutOffAndTheServerKeepsAnswering() throws Exception {
        try (KinographStore s = store();
             KinographServer server = KinographServer.start(s, IDS, KinographServer.Options.readOnly("127.0.0.1", 0, 1))) {
            long start = System.nanoTime();
            var slow = TestKinographServer.get(server.sparqlUrl() + "?query=" + TestKinographServer.q(
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), "application/sparql-results+json");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertThat(slow.statusCode()).isGreaterThanOrEqualTo(400);
            assertThat(seconds).as("cut off near the 1 s timeout").isLessThan(30);
            var quick = TestKinographServer.get(server.sparqlUrl() + "?query=" + TestKinographServer.q("ASK { ?s ?p ?o }"),
                    "application/sparql-results+json");
            assertThat(quick.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void resultsAreCapped() throws Exception {
        try (KinographStore s = store();
             KinographServer server = KinographServer.start(s, IDS,
                     new KinographServer.Options("127.0.0.1", 0, 10, 3, null))) {
            var r = TestKinographServer.get(server.sparqlUrl() + "?query=" + TestKinographServer.q(
                    "SELECT ?s WHERE { ?s ?p ?o }"), "text/csv");
            assertThat(r.body().lines().count()).as("header + 3 rows").isEqualTo(4);
            var limited = TestKinographServer.get(server.sparqlUrl() + "?query=" + TestKinographServer.q(
                    "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2"), "text/csv");
            assertThat(limited.body().lines().count()).isEqualTo(3);
            assertThat(TestKinographServer.post(server.url() + "kinograph/update",
                    "update=" + TestKinographServer.q("CLEAR ALL")).statusCode()).as("read-only: writes refused").isBetween(400, 499);
        }
    }
}
