package org.kinograph.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;

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
import org.eclipse.jetty.server.ServerConnector;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;

/**
 * The embedded Fuseki server: the store as dataset {@code /kinograph} (SPARQL Protocol at
 * {@code sparql} and {@code query}, Graph Store Protocol read-only at {@code get}), the union of
 * all graphs as default graph, CORS, the query UI at {@code /}, Linked Data pages at
 * {@code /id/…} and a VoID description at {@code /.well-known/void}. Read-only, federated
 * {@code SERVICE} off, queries cut off after a timeout.
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
     */
    public record Options(String host, int port, int timeoutSeconds) {}

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
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        configure(dsg.getContext(), options);
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        FusekiServer server = FusekiServer.create()
                .port(options.port())
                .loopback(isLoopback(options.host()))
                .add(DATASET, service)
                .enableCors(true)
                .enablePing(true)
                .staticFileBase(UiFiles.folder().toString())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/id/*", new ResourceServlet(store.dataset(), ids.base()))
                .addServlet("/.well-known/void", new VoidServlet(store.dataset(), ids))
                .build();
        bind(server, options.host());
        server.start();
        return new KinographServer(server, display(options.host()), ids);
    }

    private static void configure(Context ctx, Options o) {
        ctx.set(TDB2.symUnionDefaultGraph, true);
        ctx.set(ARQ.httpServiceAllowed, false);
        ctx.set(ARQ.queryTimeout, Long.toString(o.timeoutSeconds() * 1000L));
    }

    private static void bind(FusekiServer server, String host) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(host);
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
