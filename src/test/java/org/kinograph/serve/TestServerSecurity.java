package org.kinograph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.Ingester;
import org.kinograph.store.KinographStore;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.SCHEMA;

/**
 * What a hostile client cannot do: read files through the Linked Data paths, send oversize
 * requests or queries, write without credentials, inject markup into pages; and the server does
 * not listen to the network unless told to.
 */
public class TestServerSecurity {
    @TempDir
    static Path tmp;
    static KinographStore store;
    static KinographServer server;
    static final Ids IDS = TestKinographServer.IDS;
    static final String HOSTILE = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";

    @BeforeAll
    static void start() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(TestFiles.repo().resolve("examples/corpus/seven-samurai-1954.txt"), docs.resolve("<img src=x onerror=alert(9)> & \"q\".txt"));
        Files.writeString(docs.resolve("hostile.txt"), "= Mark " + HOSTILE + " =\n\n- Director: Bad " + HOSTILE
                + "\n- Starring: Eve & <i>Mallory</i>\n- Runtime: 90 minutes\n\nis a 2020 film.\n", StandardCharsets.UTF_8);
        store = KinographStore.open(tmp.resolve("store"), IDS);
        new Ingester(store, GenreRegistry.standard(), IDS).ingest(List.of(docs), o -> { });
        Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(Quad.create(IDS.graph("0000000000000000"),
                IDS.film("Seven Samurai", "1954"), SCHEMA.sameAs, NodeFactory.createURI("javascript:alert(3)"))));
        server = KinographServer.start(store, IDS, KinographServer.Options.readOnly("127.0.0.1", 0, 5));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** Sends a request exactly as written (no client normalises it) and returns the status and body. */
    static String[] raw(String requestLine, String... headers) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            StringBuilder req = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (String h : headers) req.append(h).append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String status = response.isEmpty() ? "0" : response.split(" ", 3)[1];
            return new String[] {status, response};
        }
    }

    @Test
    void noLinkedDataPathReachesAFile() throws Exception {
        for (String path : List.of("/id/../../etc/passwd", "/id/../../../../../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd",
                "/id/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/id/..%2f..%2fetc%2fpasswd", "/id/%252e%252e/%252e%252e/etc/passwd",
                "/id/..\\..\\etc\\passwd", "/id/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/id/....//....//etc/passwd",
                "/id/film/../../../etc/passwd", "/id//etc/passwd", "/id/%00../../etc/passwd", "/../../etc/passwd",
                "/vocab/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/id/file:///etc/passwd")) {
            String[] r = raw("GET " + path + " HTTP/1.1", "Accept: text/html");
            assertThat(Integer.parseInt(r[0])).as(path).isIn(400, 404);
            assertThat(r[1]).as(path).doesNotContain("root:x:0:0");
        }
    }

    @Test
    void oversizeRequestsAreRefused() throws Exception {
        String[] header = raw("GET /kinograph/sparql?query=ASK%7B%7D HTTP/1.1", "X-Big: " + "a".repeat(64 * 1024));
        assertThat(Integer.parseInt(header[0])).as("a 64 KB header").isBetween(400, 499);
        String longQuery = "ASK { ?s ?p \"" + "x".repeat(200_000) + "\" }";
        var post = TestKinographServer.post(server.sparqlUrl(), "query=" + TestKinographServer.q(longQuery));
        assertThat(post.statusCode()).as("a 200,000-character query in a form").isBetween(400, 499);
        var body = TestKinographServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(longQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(body.statusCode()).as("a 200,000-character query as the body").isBetween(400, 499);
        String[] uri = raw("GET /kinograph/sparql?query=" + TestKinographServer.q(longQuery) + " HTTP/1.1");
        assertThat(Integer.parseInt(uri[0])).as("a 200,000-character query in the URL").isBetween(400, 499);
        // The 20 MB body is announced but not sent: the server must refuse it from its declared length,
        // before reading it (a client that pushes the bytes may see the connection closed under it).
        String[] big = raw("POST /kinograph/sparql HTTP/1.1", "Content-Type: application/sparql-query",
                "Content-Length: " + (20 << 20));
        assertThat(Integer.parseInt(big[0])).as("a 20 MB body").isEqualTo(413);
        var ok = TestKinographServer.get(server.sparqlUrl() + "?query=" + TestKinographServer.q("ASK { ?s ?p ?o }"),
                "application/sparql-results+json");
        assertThat(ok.statusCode()).as("a normal query still answers").isEqualTo(200);
    }

    @Test
    void writesWithoutCredentialsAreRefused() throws Exception {
        Path passwords = tmp.resolve("passwd");
        Files.writeString(passwords, "editor: s3cret\n", StandardCharsets.UTF_8);
        try (KinographServer writable = KinographServer.start(store, IDS,
                new KinographServer.Options("127.0.0.1", 0, 5, 100, passwords))) {
            for (String endpoint : List.of("kinograph/update", "kinograph/data?default", "kinograph/upload")) {
                var r = TestKinographServer.HTTP.send(HttpRequest.newBuilder(URI.create(writable.url() + endpoint))
                        .header("Content-Type", endpoint.contains("update") ? "application/sparql-update" : "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(endpoint.contains("update")
                                ? "INSERT DATA { <urn:x> <urn:y> <urn:z> }" : "<urn:x> <urn:y> <urn:z> ."))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(endpoint).isEqualTo(401);
            }
            var put = TestKinographServer.HTTP.send(HttpRequest.newBuilder(URI.create(writable.url() + "kinograph/data?default"))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as("PUT").isEqualTo(401);
        }
        for (String endpoint : List.of("kinograph/update", "kinograph/data", "kinograph/upload", "kinograph/get", "kinograph")) {
            var r = TestKinographServer.post(server.url() + endpoint, "update=" + TestKinographServer.q("CLEAR ALL"));
            assertThat(r.statusCode()).as("read-only " + endpoint).isBetween(400, 499);
        }
        assertThat(TestKinographServer.get(server.sparqlUrl() + "?query=" + TestKinographServer.q("ASK { ?s ?p ?o }"),
                "application/sparql-results+json").body()).as("the store is still there").contains("true");
    }

    @Test
    void pagesEscapeEverythingTheyPrint() throws Exception {
        var film = TestKinographServer.get(server.localUrl(IDS.film("Mark " + HOSTILE, "2020")), "text/html");
        assertThat(film.statusCode()).isEqualTo(200);
        var samurai = TestKinographServer.get(server.localUrl(IDS.film("Seven Samurai", "1954")), "text/html");
        var missing = raw("GET /id/film/%3Cscript%3Ealert(4)%3Cscript%3E HTTP/1.1", "Accept: text/html");
        var vocab = raw("GET /vocab/%3Cscript%3Ealert(5)%3Cscript%3E HTTP/1.1", "Accept: text/html");
        for (String page : List.of(film.body(), samurai.body(), missing[1], vocab[1])) {
            assertThat(page).doesNotContain("<script>").doesNotContain("<img")
                    .doesNotContain("<i>Mallory").doesNotContain("href=\"javascript:");
        }
        assertThat(film.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;i&gt;Mallory");
        assertThat(samurai.body()).contains("&lt;img src=x onerror=alert(9)&gt; &amp; &quot;q&quot;.txt").contains("javascript:alert(3)");
        assertThat(missing[0]).isEqualTo("404");
    }

    @Test
    void aPublicAddressNeedsToBeAskedFor() throws Exception {
        assertThatThrownBy(() -> KinographServer.start(store, IDS, KinographServer.Options.readOnly("0.0.0.0", 0, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public");
        var open = new KinographServer.Options("0.0.0.0", 0, 5, 100, null, true, KinographServer.Limits.DEFAULT);
        try (KinographServer s = KinographServer.start(store, IDS, open)) {
            assertThat(TestKinographServer.get("http://127.0.0.1:" + s.port() + "/$/ping", "*/*").statusCode()).isEqualTo(200);
        }
        try (KinographServer s = KinographServer.start(store, IDS, KinographServer.Options.readOnly("localhost", 0, 5))) {
            assertThat(s.port()).isPositive();
        }
    }
}
