package org.kinograph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** The end of a document's stream: keeps its quads (once each) until the store's transaction. */
final class QuadCollector extends StreamRDFBase {
    private final Set<Quad> quads = new LinkedHashSet<>();

    @Override
    public void quad(Quad quad) {
        quads.add(quad);
    }

    @Override
    public void triple(Triple triple) {
        quads.add(Quad.create(Quad.defaultGraphIRI, triple));
    }

    List<Quad> quads() {
        return new ArrayList<>(quads);
    }
}
