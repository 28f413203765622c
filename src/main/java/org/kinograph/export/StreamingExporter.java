package org.kinograph.export;

import java.io.OutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.kinograph.vocab.Prefixes;

/**
 * Turtle, TriG, N-Triples and N-Quads, written as the store is read: memory stays flat in the
 * size of the graph. The blocks forms of Turtle and TriG group triples by subject and carry the
 * project's prefixes.
 */
final class StreamingExporter implements Exporter {
    private final String name;
    private final RDFFormat format;
    private final boolean graphs;

    StreamingExporter(String name, RDFFormat format, boolean graphs) {
        this.name = name;
        this.format = format;
        this.graphs = graphs;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean carriesGraphs() {
        return graphs;
    }

    @Override
    public void write(ExportSource source, Selection what, OutputStream out) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
        w.start();
        Prefixes.get().getNsPrefixMap().forEach(w::prefix);
        if (graphs) source.quads(what).forEachRemaining(w::quad);
        else source.triples(what).forEachRemaining(w::triple);
        w.finish();
    }
}
