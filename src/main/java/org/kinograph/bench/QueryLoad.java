package org.kinograph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Query latency against a SPARQL endpoint: a mix of ten typical queries (see {@link QueryMix}),
 * sent by a number of concurrent clients until a fixed number of requests is done.
 */
public final class QueryLoad {

    /**
     * Latencies of one load level, in milliseconds.
     *
     * @param clients  concurrent clients
     * @param requests requests sent
     * @param errors   requests that failed (exception or a status other than 200)
     * @param all      p50, p95, p99 over every request
     * @param point    p50, p95, p99 over the point lookups only
     * @param seconds  wall time of the level
     */
    public record Level(int clients, int requests, long errors, double[] all, double[] point, double seconds) {}

    /** HTTP/1.1, as the server speaks it (the default would ask every new connection to upgrade to HTTP/2). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String endpoint;
    private final QueryMix mix;

    /** @param endpoint the SPARQL query URL (loopback); @param mix the queries */
    public QueryLoad(String endpoint, QueryMix mix) {
        this.endpoint = endpoint;
        this.mix = mix;
    }

    /**
     * Sends requests with concurrent clients and measures each one.
     *
     * @param clients  how many clients at once
     * @param requests how many requests in all
     * @return the latencies and the error count
     * @throws InterruptedException when interrupted
     */
    public Level run(int clients, int requests) throws InterruptedException {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    if (!send(mix.query(i))) errors.incrementAndGet();
                    nanos[i] = System.nanoTime() - t;
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) pool.shutdownNow();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Level(clients, requests, errors.get(), percentiles(nanos, i -> true),
                percentiles(nanos, mix::isPointLookup), seconds);
    }

    private boolean send(String query) {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @return p50, p95 and p99 in milliseconds of the requests the filter selects (NaN when none) */
    static double[] percentiles(long[] nanos, java.util.function.IntPredicate which) {
        List<Long> picked = new ArrayList<>();
        for (int i = 0; i < nanos.length; i++) if (which.test(i)) picked.add(nanos[i]);
        long[] sorted = picked.stream().mapToLong(Long::longValue).sorted().toArray();
        return Arrays.stream(new double[] {0.50, 0.95, 0.99}).map(p -> percentile(sorted, p)).toArray();
    }

    /** @return the nearest-rank percentile of sorted nanoseconds, in milliseconds (NaN when empty) */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }
}
