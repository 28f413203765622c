package org.kinograph.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.kinograph.prov.MetaGraph;

/**
 * A remote SPARQL endpoint spoken to over the SPARQL 1.1 Protocol (POST, results as SPARQL JSON),
 * with a connect timeout, a limit on the whole exchange, and a few retries with exponential back-off
 * on connection errors, time-outs, HTTP 429 and 5xx. Any other HTTP error fails at once. Every
 * failure is an {@link EndpointException} whose message names the URL.
 */
public final class SparqlEndpoint implements SparqlService {

    /**
     * How patient to be.
     *
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout    how long one request may take in all (connection, query, answer)
     * @param retries        how many times a failed request is tried again
     * @param backoff        the wait before the first retry; it doubles for each further one
     */
    public record Options(Duration connectTimeout, Duration readTimeout, int retries, Duration backoff) {
        /** @return 10 s to connect, 60 s per request, 2 retries, 1 s back-off. */
        public static Options defaults() {
            return new Options(Duration.ofSeconds(10), Duration.ofSeconds(60), 2, Duration.ofSeconds(1));
        }
    }

    private final URI url;
    private final Options options;
    private final HttpClient http;

    /** @param url the endpoint's URL; @param options timeouts and retries */
    public SparqlEndpoint(String url, Options options) {
        this.url = URI.create(url);
        this.options = options;
        this.http = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public String describe() {
        return "endpoint " + url;
    }

    @Override
    public List<QuerySolution> select(String query) {
        Failure last = null;
        int attempts = 0;
        while (attempts <= options.retries()) {
            if (attempts > 0) pause(options.backoff().multipliedBy(1L << (attempts - 1)));
            attempts++;
            try {
                return parse(send(query));
            } catch (Failure f) {
                last = f;
                if (!f.retry) break;
            }
        }
        throw new EndpointException("the SPARQL endpoint " + url + " " + last.getMessage()
                + (attempts > 1 ? " (" + attempts + " attempts)" : ""), last.getCause());
    }

    private byte[] send(String query) throws Failure {
        HttpRequest req = HttpRequest.newBuilder(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .header("User-Agent", "kinograph/" + MetaGraph.VERSION + " (https://w3id.org/kinograph; link discovery)")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        CompletableFuture<HttpResponse<byte[]>> f = http.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> r = f.get(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            check(r);
            return r.body();
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Failure("did not answer within " + seconds(options.readTimeout()), true, e);
        } catch (ExecutionException e) {
            throw io(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("was not waited for (interrupted)", false, e);
        }
    }

    private void check(HttpResponse<byte[]> r) throws Failure {
        int s = r.statusCode();
        if (s / 100 == 2) return;
        String body = new String(r.body(), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
        String why = "answered HTTP " + s + (body.isEmpty() ? "" : ": " + abbreviate(body));
        throw new Failure(why, s == 429 || s >= 500, null);
    }

    private Failure io(Throwable cause) {
        if (cause instanceof java.net.http.HttpConnectTimeoutException) {
            return new Failure("could not be reached within " + seconds(options.connectTimeout()), true, cause);
        }
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return new Failure("did not answer within " + seconds(options.readTimeout()), true, cause);
        }
        if (cause instanceof ConnectException) return new Failure("could not be reached (connection refused)", true, cause);
        if (cause instanceof IOException) return new Failure("could not be read: " + cause, true, cause);
        return new Failure("failed: " + cause, false, cause);
    }

    private List<QuerySolution> parse(byte[] body) throws Failure {
        try {
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
            List<QuerySolution> out = new ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        } catch (RuntimeException e) {
            throw new Failure("did not return SPARQL JSON results: " + abbreviate(e.getMessage()), false, e);
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private static String abbreviate(String s) {
        String t = s == null ? "" : s;
        return t.length() <= 200 ? t : t.substring(0, 200) + "…";
    }

    /** One failed attempt: what happened, and whether trying again may help. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean retry;

        Failure(String message, boolean retry, Throwable cause) {
            super(message, cause);
            this.retry = retry;
        }
    }
}
