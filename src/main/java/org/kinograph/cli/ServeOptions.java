package org.kinograph.cli;

import org.kinograph.serve.KinographServer;

import picocli.CommandLine.Option;

/** The options of commands that start the server. */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all, with --public).")
    String host;

    @Option(names = "--public", description = "Allow a --host that other machines can reach (0.0.0.0, a network "
            + "address): the endpoint is then open to the network.")
    boolean allowPublic;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "10000",
            description = "The most results one query may return (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--update", description = "Allow SPARQL Update and Graph Store writes (needs --password-file).")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to write, one 'user: password' per line (Jetty realm format); "
                    + "writes then require HTTP Basic authentication.")
    java.nio.file.Path passwordFile;

    KinographServer.Options options() {
        if (update && passwordFile == null) {
            throw new UsageException("--update needs --password-file: writes are never open to everyone");
        }
        if (!update && passwordFile != null) {
            throw new UsageException("--password-file is only used with --update");
        }
        if (passwordFile != null && !java.nio.file.Files.isReadable(passwordFile)) {
            throw new UsageException("cannot read password file " + passwordFile);
        }
        if (!allowPublic && !isLoopback(host)) {
            throw new UsageException("--host " + host + " can be reached from other machines; add --public to serve to "
                    + "the network (the default, 127.0.0.1, is this machine only)");
        }
        return new KinographServer.Options(host, port, timeout, maxResults, update ? passwordFile : null, allowPublic,
                KinographServer.Limits.DEFAULT);
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            throw new UsageException("unknown --host " + host);
        }
    }
}
