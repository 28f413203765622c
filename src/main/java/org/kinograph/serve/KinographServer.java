package org.kinograph.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;

/**
 * The embedded Fuseki server: the store as dataset {@code /kinograph} (SPARQL Protocol at
 * {@code sparql} and {@code query}, Graph Store Protocol read-only at {@code get}), the union of
 * all graphs as default graph, CORS, the query UI at {@code /}, Linked Data pages at
 * {@code /id/…} and a VoID description at {@code /.well-known/void}. Read-only unless a password
 * file is given (then {@code update}, {@code data} and {@code upload} need HTTP authentication),
 * federated {@code SERVICE} off, queries cut off after a timeout and capped in size, requests
 * bounded ({@link Limits}); bound to this machine only unless a public address is explicitly allowed.
 */
public final class KinographServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET = "/kinograph";

    /**
     * How to serve.
     *
     * @param host           the address to bind (127.0.0.1 by default)
     * @param port           the port (0 picks a free one)
     * @param timeoutSeconds query timeout
     * @param maxResults     the most results a query may return
     * @param passwordFile   when not null, SPARQL Update and Graph Store writes are enabled for
     *                       the users of this file (Jetty realm format: {@code user: password}),
     *                       with HTTP Basic authentication; reads stay open
     * @param allowPublic    true to allow an address other machines can reach (otherwise only a
     *                       loopback address is accepted)
     * @param limits         the largest requests accepted
     */
    public record Options(String host, int port, int timeoutSeconds, long maxResults, java.nio.file.Path passwordFile,
            boolean allowPublic, Limits limits) {
        /** Options for this machine only, with the default request limits. */
        public Options(String host, int port, int timeoutSeconds, long maxResults, java.nio.file.Path passwordFile) {
            this(host, port, timeoutSeconds, maxResults, passwordFile, false, Limits.DEFAULT);
        }

        /** @return read-only options with the default result cap. */
        public static Options readOnly(String host, int port, int timeoutSeconds) {
            return new Options(host, port, timeoutSeconds, DEFAULT_MAX_RESULTS, null);
        }
    }

    /**
     * The largest requests the server accepts; larger ones are refused with a 4xx status before
     * they are read.
     *
     * @param maxHeaderBytes the request line and headers together (414 or 431)
     * @param maxBodyBytes   a request body (413); a body must declare its length (411)
     * @param maxQueryChars  a SPARQL query or update, as a parameter or as the body (413)
     */
    public record Limits(int maxHeaderBytes, long maxBodyBytes, int maxQueryChars) {
        /** 16 KiB of headers, 10 MiB of body, queries of 100,000 characters. */
        public static final Limits DEFAULT = new Limits(16 << 10, 10L << 20, 100_000);
    }

    /** The default result-size cap. */
    public static final long DEFAULT_MAX_RESULTS = 10_000;

    private final FusekiServer server;
    private final String host;
    private final Ids ids;

    private KinographServer(FusekiServer server, String host, Ids ids) {
        this.server = server;
        this.host = host;
        this.ids = ids;
    }

    /**
     * Starts serving a store.
     *
     * @param store   the store (stays open while serving)
     * @param ids     the base of minted IRIs (their paths are served under /id/)
     * @param options host, port, timeout
     * @return the running server
     */
    public static KinographServer start(KinographStore store, Ids ids, Options options) {
        if (!isLoopback(options.host()) && !options.allowPublic()) {
            throw new IllegalArgumentException("refusing to serve on " + options.host() + ": other machines can reach it; "
                    + "a public address must be allowed explicitly (kinograph serve --public)");
        }
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        configure(dsg.getContext(), options);
        FusekiServer.Builder builder = FusekiServer.create();
        FusekiServer server = writable(builder, dsg, options)
                .port(options.port())
                .loopback(isLoopback(options.host()))
                .registerOperation(Operation.Query, new CappedQuery(options.maxResults()))
                .enableCors(true)
                .enablePing(true)
                .enableStats(true)
                .staticFileBase(UiFiles.folder().toString())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/id/*", new ResourceServlet(store.dataset(), ids.base()))
                .addServlet("/.well-known/void", new VoidServlet(store.dataset(), ids))
                .addServlet("/vocab", new OntologyServlet())
                .addServlet("/vocab/*", new OntologyServlet())
                .addFilter("/*", new RequestLimits(options.limits()))
                .build();
        bind(server, options.host(), options.limits());
        server.start();
        return new KinographServer(server, display(options.host()), ids);
    }

    /** Adds the dataset: read endpoints open to all; writes only with a password file, for its users. */
    private static FusekiServer.Builder writable(FusekiServer.Builder b, DatasetGraph dsg, Options o) {
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        if (o.passwordFile() != null) {
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER)
                    .addEndpoint(Operation.Upload, "upload", Auth.ANY_USER);
            b.passwordFile(o.passwordFile().toString()).auth(AuthScheme.BASIC).realm("kinograph");
        }
        return b.add(DATASET, service.build());
    }

    private static void configure(Context ctx, Options o) {
        ctx.set(TDB2.symUnionDefaultGraph, true);
        ctx.set(ARQ.httpServiceAllowed, false);
        ctx.set(ARQ.queryTimeout, Long.toString(o.timeoutSeconds() * 1000L));
    }

    private static void bind(FusekiServer server, String host, Limits limits) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(host);
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setRequestHeaderSize(limits.maxHeaderBytes());
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host: " + host, e);
        }
    }

    private static String display(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** @return the port being served (useful when 0 was asked for). */
    public int port() {
        return server.getHttpPort();
    }

    /** @return the server's root URL, where the query UI is. */
    public String url() {
        return "http://" + host + ":" + port() + "/";
    }

    /** @return the SPARQL endpoint's URL. */
    public String sparqlUrl() {
        return url() + DATASET.substring(1) + "/sparql";
    }

    /** @return where a minted IRI is served on this server. */
    public String localUrl(Node iri) {
        String uri = iri.getURI();
        return uri.startsWith(ids.base()) ? url() + "id/" + uri.substring(ids.base().length()) : uri;
    }

    /** Waits until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
