package org.kinograph.export;

import java.io.OutputStream;

/**
 * One export format. Implementations are registered in {@link Exporters}; the command looks them
 * up by name.
 */
public interface Exporter {

    /** @return the format's name on the command line ("ttl", "trig", "nq", "nt", "jsonld"). */
    String name();

    /** @return true when the format carries named graphs (TriG, N-Quads, JSON-LD). */
    boolean carriesGraphs();

    /**
     * Writes the selection.
     *
     * @param source the dataset, read inside a transaction the caller holds
     * @param what   what to write
     * @param out    where to write (not closed)
     */
    void write(ExportSource source, Selection what, OutputStream out);
}
