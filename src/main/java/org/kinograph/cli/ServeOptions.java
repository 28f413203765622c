package org.kinograph.cli;

import org.kinograph.serve.KinographServer;

import picocli.CommandLine.Option;

/** The options of commands that start the server. */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeout;

    KinographServer.Options options() {
        return new KinographServer.Options(host, port, timeout);
    }
}
