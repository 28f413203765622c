package org.kinograph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * The end of a document's stream: keeps its quads (once each) until the store's transaction, and
 * stops a document that states more than a document about films can (a giant table, a generated
 * page) before it fills the memory or one transaction with it.
 */
final class QuadCollector extends StreamRDFBase {
    /** Sized for a typical document's few hundred quads, so that the set does not grow step by step. */
    private final Set<Quad> quads = new LinkedHashSet<>(1024);
    private final int max;

    /** @param max the most quads one document may produce */
    QuadCollector(int max) {
        this.max = max;
    }

    @Override
    public void quad(Quad quad) {
        if (quads.add(quad) && quads.size() > max) throw new TooManyQuads(max);
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    List<Quad> quads() {
        return new ArrayList<>(quads);
    }

    /** A document that produced more quads than allowed. */
    static final class TooManyQuads extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyQuads(int max) {
            super(String.format(java.util.Locale.ROOT, "too many facts: more than %,d quads from one document", max));
        }
    }
}
