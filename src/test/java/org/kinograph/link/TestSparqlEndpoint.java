package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The SPARQL client: timeouts, retries and clear messages, against tiny local HTTP servers. */
public class TestSparqlEndpoint {
    static final String RESULTS = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"ok\"}}]}}";

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    /** Starts a server whose handler answers each request with (status, body), sleeping first when asked. */
    private String serve(Responder r) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/sparql", ex -> r.respond(ex));
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    interface Responder {
        void respond(HttpExchange ex) throws IOException;
    }

    static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    static SparqlEndpoint endpoint(String url, long timeoutMs, int retries) {
        return new SparqlEndpoint(url, new SparqlEndpoint.Options(Duration.ofSeconds(2), Duration.ofMillis(timeoutMs),
                retries, Duration.ofMillis(10)));
    }

    /** @return a port nothing listens on. */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void answersAreParsed() throws IOException {
        String url = serve(ex -> answer(ex, 200, RESULTS));
        List<QuerySolution> rows = endpoint(url, 2000, 0).select("SELECT ?x {}");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getLiteral("x").getLexicalForm()).isEqualTo("ok");
    }

    @Test
    void theQueryIsPostedAsAFormWithAUserAgent() throws IOException {
        String[] seen = new String[3];
        String url = serve(ex -> {
            seen[0] = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen[1] = ex.getRequestHeaders().getFirst("User-Agent");
            seen[2] = ex.getRequestHeaders().getFirst("Accept");
            answer(ex, 200, RESULTS);
        });
        endpoint(url, 2000, 0).select("SELECT ?x {}");
        assertThat(seen[0]).isEqualTo("query=SELECT+%3Fx+%7B%7D");
        assertThat(seen[1]).startsWith("kinograph/");
        assertThat(seen[2]).isEqualTo("application/sparql-results+json");
    }

    @Test
    void aClosedPortFailsNamingTheUrl() throws IOException {
        String url = "http://127.0.0.1:" + closedPort() + "/sparql";
        assertThatThrownBy(() -> endpoint(url, 2000, 1).select("SELECT * {}"))
                .isInstanceOf(EndpointException.class)
                .hasMessage("the SPARQL endpoint " + url + " could not be reached (connection refused) (2 attempts)");
    }

    @Test
    void aSlowEndpointTimesOut() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        String url = serve(ex -> {
            calls.incrementAndGet();
            sleep(3000);
            answer(ex, 200, RESULTS);
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> endpoint(url, 300, 1).select("SELECT * {}"))
                .isInstanceOf(EndpointException.class)
                .hasMessage("the SPARQL endpoint " + url + " did not answer within 300 ms (2 attempts)");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aServerErrorIsRetriedAndMayRecover() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        String url = serve(ex -> {
            if (calls.incrementAndGet() == 1) answer(ex, 503, "busy");
            else answer(ex, 200, RESULTS);
        });
        assertThat(endpoint(url, 2000, 2).select("SELECT ?x {}")).hasSize(1);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aBadRequestIsNotRetried() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        String url = serve(ex -> {
            calls.incrementAndGet();
            answer(ex, 400, "Parse error: line 1\nmore");
        });
        assertThatThrownBy(() -> endpoint(url, 2000, 3).select("SELECT"))
                .hasMessage("the SPARQL endpoint " + url + " answered HTTP 400: Parse error: line 1");
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void somethingElseThanResultsIsSaidSo() throws IOException {
        String url = serve(ex -> answer(ex, 200, "<html>hello</html>"));
        assertThatThrownBy(() -> endpoint(url, 2000, 0).select("SELECT * {}"))
                .hasMessageStartingWith("the SPARQL endpoint " + url + " did not return SPARQL JSON results");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
