package org.kinograph.reliability;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * SPARQL clients that query a server as hard as they can until a deadline, and check what they
 * see against what each document graph holds when it is whole: a graph is either absent or has
 * exactly its document's number of quads, and has its meta entry; a meta entry never points at a
 * missing graph. Every request, status, error and violation is counted.
 */
public final class LoadClients {
    private static final String META_GRAPH = "<%s>";
    private static final String COUNTS = "PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "SELECT ?g ?n ?meta WHERE { { SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g } "
            + "OPTIONAL { GRAPH %s { ?g prov:wasDerivedFrom ?meta } } }";
    private static final String ORPHANS = "PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "SELECT ?g WHERE { GRAPH %s { ?g prov:wasDerivedFrom ?src } FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }";
    private static final String FILMS = "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a <http://schema.org/Movie> }";

    private final String sparql;
    private final List<String> pages;
    private final Map<Node, Integer> expected;
    private final Node meta;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong transportErrors = new AtomicLong();
    private final AtomicLong checkedAnswers = new AtomicLong();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> graphCounts = new ConcurrentHashMap<>();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param sparql   the endpoint
     * @param pages    resource page URLs to fetch too
     * @param expected every document graph that may appear, with its quad count when whole
     * @param meta     the meta graph
     */
    public LoadClients(String sparql, List<String> pages, Map<Node, Integer> expected, Node meta) {
        this.sparql = sparql;
        this.pages = pages;
        this.expected = expected;
        this.meta = meta;
    }

    /** Runs {@code clients} threads until {@code deadline} (System.nanoTime) and waits for them. */
    public void run(int clients, long deadline, long seed) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Random r = new Random(seed + i);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) once(r);
            }, "load-client-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
    }

    /** @return the number of distinct graph counts seen (more than one: the clients saw the store grow). */
    public int distinctGraphCounts() {
        return graphCounts.size();
    }

    /** @return the violations seen (half-ingested documents, orphan meta entries, wrong answers). */
    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /** @return the figures, for the report. */
    public JsonObject figures() {
        JsonObject o = new JsonObject();
        o.put("requests", requests.get());
        o.put("serverErrors", serverErrors.get());
        o.put("transportErrors", transportErrors.get());
        o.put("checkedAnswers", checkedAnswers.get());
        o.put("violations", violations().size());
        JsonObject s = new JsonObject();
        statuses.forEach((k, v) -> s.put(Integer.toString(k), v.get()));
        o.put("statuses", s);
        List<Long> l;
        synchronized (latencies) {
            l = new ArrayList<>(latencies);
        }
        Collections.sort(l);
        o.put("latencyMillisP50", l.isEmpty() ? 0 : l.get(l.size() / 2));
        o.put("latencyMillisP95", l.isEmpty() ? 0 : l.get((int) (l.size() * 0.95)));
        o.put("latencyMillisMax", l.isEmpty() ? 0 : l.get(l.size() - 1));
        return o;
    }

    /** @return the requests made, answers with a 5xx status, and requests that got no answer. */
    public long requests() {
        return requests.get();
    }

    /** @return answers with a 5xx status. */
    public long serverErrors() {
        return serverErrors.get();
    }

    /** @return requests that got no answer at all. */
    public long transportErrors() {
        return transportErrors.get();
    }

    private void once(Random r) {
        String m = String.format(META_GRAPH, meta.getURI());
        switch (r.nextInt(5)) {
            case 0, 1 -> select(String.format(COUNTS, m), this::checkCounts);
            case 2 -> select(String.format(ORPHANS, m), this::checkOrphans);
            case 3 -> select(FILMS, rs -> rs.forEachRemaining(s -> { }));
            default -> get(pages.get(r.nextInt(pages.size())), "text/html");
        }
    }

    private void checkCounts(ResultSet rs) {
        int graphs = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Node g = s.get("g").asNode();
            if (g.equals(meta)) continue;
            graphs++;
            int n = s.getLiteral("n").getInt();
            Integer whole = expected.get(g);
            if (whole == null) violations.add("a graph no document maps to: " + g);
            else if (n != whole) violations.add("half a document: " + g + " has " + n + " of " + whole + " quads");
            if (!s.contains("meta")) violations.add("a document graph without its meta entry: " + g);
        }
        graphCounts.put(graphs, true);
        checkedAnswers.incrementAndGet();
    }

    private void checkOrphans(ResultSet rs) {
        rs.forEachRemaining(s -> violations.add("a meta entry whose graph is missing: " + s.get("g")));
        checkedAnswers.incrementAndGet();
    }

    private void select(String query, java.util.function.Consumer<ResultSet> check) {
        String url = sparql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<byte[]> resp = get(url, "application/sparql-results+json");
        if (resp == null || resp.statusCode() != 200) return;
        try {
            check.accept(ResultSetMgr.read(new ByteArrayInputStream(resp.body()), ResultSetLang.RS_JSON));
        } catch (RuntimeException e) {
            violations.add("an answer that does not parse: " + e.getMessage());
        }
    }

    private HttpResponse<byte[]> get(String url, String accept) {
        long t0 = System.nanoTime();
        requests.incrementAndGet();
        try {
            HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            latencies.add((System.nanoTime() - t0) / 1_000_000);
            statuses.computeIfAbsent(resp.statusCode(), k -> new AtomicLong()).incrementAndGet();
            if (resp.statusCode() >= 500) serverErrors.incrementAndGet();
            return resp;
        } catch (java.io.IOException e) {
            transportErrors.incrementAndGet();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
