package org.kinograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.apache.jena.graph.NodeFactory;
import org.kinograph.export.ExportSource;
import org.kinograph.export.Exporter;
import org.kinograph.export.Exporters;
import org.kinograph.export.Selection;
import org.kinograph.store.KinographStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kinograph export}: the store in a standard RDF format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store as Turtle, TriG, N-Triples, N-Quads or JSON-LD.",
            "TriG, N-Quads and JSON-LD carry every named graph with its provenance; Turtle and N-Triples",
            "hold one graph, so they need --data-only or --graph. Turtle, TriG, N-Triples and N-Quads are",
            "streamed (memory stays flat); JSON-LD is compacted against ontology/context.jsonld with the",
            "RDF 1.2 reifiers written as classic rdf:Statement reification.", ""},
        footer = {"", "Examples:",
            "  kinograph export --format trig --out graph.trig",
            "  kinograph export --format ttl --data-only --out films.ttl",
            "  kinograph export --format jsonld --graph https://w3id.org/kinograph/id/graph/meta"})
final class ExportCommand implements Callable<Integer> {
    @Mixin(name = "store")
    StoreOptions store = new StoreOptions();

    @Option(names = "--format", required = true, paramLabel = "FMT",
            description = "ttl, trig, nt, nq or jsonld.")
    String format;

    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph.")
        String graph;
        @Option(names = "--data-only", description = "The merged entity graph without provenance (no reifiers, "
                + "no meta graph): what a web page would embed.")
        boolean dataOnly;
    }

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path out;

    @Option(names = "--relative-paths", paramLabel = "DIR", description = "Write recorded file paths relative to "
            + "DIR (portable snapshots such as turtle/).")
    Path relativeTo;

    @Override
    public Integer call() throws IOException {
        Exporter exporter = Exporters.get(format).orElseThrow(() -> new UsageException(
                "unknown --format " + format + " (" + String.join(", ", Exporters.names()) + ")"));
        Selection what = selection();
        if (!exporter.carriesGraphs() && !what.isSingleGraph()) {
            throw new UsageException(format + " holds one graph: add --data-only or --graph IRI "
                    + "(or use trig, nq or jsonld to keep every graph)");
        }
        try (KinographStore s = store.openExisting()) {
            ExportSource source = new ExportSource(s.dataset().asDatasetGraph(), store.ids(),
                    relativeTo == null ? null : relativeTo.toAbsolutePath().normalize());
            s.dataset().executeRead(() -> write(exporter, source, what));
        }
        return 0;
    }

    private Selection selection() {
        if (which == null) return Selection.all();
        return which.dataOnly ? Selection.dataOnly() : Selection.graph(NodeFactory.createURI(which.graph));
    }

    /** Writes to a temporary file beside --out and moves it into place, so a failed export leaves no half file. */
    private void write(Exporter exporter, ExportSource source, Selection what) {
        try {
            if (out == null) {
                OutputStream o = new BufferedOutputStream(System.out);
                exporter.write(source, what, o);
                o.flush();
                return;
            }
            Path abs = out.toAbsolutePath();
            Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".part");
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                exporter.write(source, what, o);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
