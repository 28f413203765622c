package org.kinograph.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.kinograph.serve.KinographServer;
import org.kinograph.store.KinographStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kinograph serve}: the store over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store with an embedded Fuseki: SPARQL 1.1 Protocol at /kinograph/sparql and",
            "/kinograph/query (GET and POST, every standard result format), the Graph Store Protocol",
            "read-only at /kinograph/get, the query UI at /, Linked Data pages at /id/… and a VoID",
            "description at /.well-known/void. The default graph is the union of all graphs.",
            "Read-only, bound to 127.0.0.1, federated SERVICE off. Stop with Ctrl-C.", ""})
final class ServeCommand implements Callable<Integer> {
    @Mixin(name = "store")
    StoreOptions store = new StoreOptions();

    @Mixin(name = "serve")
    ServeOptions serve = new ServeOptions();

    @Override
    public Integer call() {
        try (KinographStore s = store.openExisting()) {
            run(s, store, serve, null, System.out);
        }
        return 0;
    }

    /** Starts the server, prints its URLs, and blocks until the process is stopped. */
    static void run(KinographStore s, StoreOptions store, ServeOptions serve, Node example, PrintStream out) {
        KinographServer server = KinographServer.start(s, store.ids(), serve.options());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
        }, "kinograph-shutdown"));
        out.println("Kinograph is serving " + s.location().toAbsolutePath());
        out.println("  query UI:  " + server.url());
        out.println("  SPARQL:    " + server.sparqlUrl());
        if (example != null) out.println("  example:   " + server.localUrl(example));
        out.println("  VoID:      " + server.url() + ".well-known/void");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
    }
}
