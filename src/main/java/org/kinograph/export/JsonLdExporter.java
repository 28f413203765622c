package org.kinograph.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kinograph.prov.Reification;
import org.kinograph.vocab.Ontology;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * JSON-LD 1.1, compacted against the schema.org-compatible context of {@code ontology/} (terms
 * like "name", "director", "@type": "Movie"). Named graphs become {@code @graph} objects with their
 * {@code @id}; RDF 1.2 reifiers, which JSON-LD cannot carry, become classic
 * {@code rdf:Statement} reification ({@link Reification}). Not streamed: JSON-LD compaction
 * needs the whole document.
 */
final class JsonLdExporter implements Exporter {

    @Override
    public String name() {
        return "jsonld";
    }

    @Override
    public boolean carriesGraphs() {
        return true;
    }

    @Override
    public void write(ExportSource source, Selection what, OutputStream out) {
        DatasetGraph classic = classic(source, what);
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, classic, RDFFormat.JSONLD11_PLAIN);
        try {
            JsonObject compacted = JsonLd.compact(
                    JsonDocument.of(new StringReader(expanded.toString(StandardCharsets.UTF_8))),
                    JsonDocument.of(new StringReader(Ontology.read(Ontology.CONTEXT)))).get();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out, StandardCharsets.UTF_8)) {
                w.write(compacted);
            }
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    /** @return the selection as an in-memory dataset with every reifier in classic form. */
    private static DatasetGraph classic(ExportSource source, Selection what) {
        DatasetGraph result = DatasetGraphFactory.createTxnMem();
        if (what.isSingleGraph()) {
            Graph g = GraphFactory.createDefaultGraph();
            source.triples(what).forEachRemaining(g::add);
            Reification.toClassic(g).find().forEachRemaining(result.getDefaultGraph()::add);
            return result;
        }
        Map<Node, Graph> graphs = new java.util.LinkedHashMap<>();
        source.quads(what).forEachRemaining(q -> graphs.computeIfAbsent(q.getGraph(), k -> GraphFactory.createDefaultGraph())
                .add(q.asTriple()));
        graphs.forEach((name, g) -> Reification.toClassic(g).find()
                .forEachRemaining(t -> result.add(Quad.create(name, t))));
        return result;
    }
}
