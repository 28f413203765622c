package org.kinograph.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.Ontology;
import org.kinograph.vocab.PROVO;

/**
 * Validates the store against the SHACL shapes of {@code ontology/shapes.ttl}, one named graph at
 * a time, so that every violation names the document it comes from.
 */
public final class Validation {

    /**
     * One violation.
     *
     * @param graph    the named graph it was found in
     * @param document the source file of that graph (or the graph's IRI when it is not a document)
     * @param entry    what SHACL reported (focus node, path, message)
     */
    public record Violation(Node graph, String document, ReportEntry entry) {}

    private final Shapes shapes;

    /** Uses the shapes packaged with Kinograph. */
    public Validation() {
        this(Ontology.read(Ontology.SHAPES));
    }

    /** @param shapesTurtle SHACL shapes in Turtle */
    public Validation(String shapesTurtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(shapesTurtle, Lang.TURTLE).parse(g);
        this.shapes = Shapes.parse(g);
    }

    /** @return every violation in every named graph of the store (empty when it conforms). */
    public List<Violation> validate(KinographStore store) {
        return store.dataset().calculateRead(() -> validate(store.dataset().asDatasetGraph()));
    }

    /** @return every violation in every named graph of a dataset. */
    public List<Violation> validate(DatasetGraph dsg) {
        List<Violation> out = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) {
            ValidationReport report = ShaclValidator.get().validate(shapes, dsg.getGraph(g));
            String doc = documentOf(dsg, g);
            report.getEntries().forEach(e -> out.add(new Violation(g, doc, e)));
        }
        return out;
    }

    /** @return the file name of the document a graph was derived from, or the graph's IRI. */
    private static String documentOf(DatasetGraph dsg, Node g) {
        var derived = dsg.find(Node.ANY, g, PROVO.wasDerivedFrom, Node.ANY);
        while (derived.hasNext()) {
            Node src = derived.next().getObject();
            var name = dsg.find(Node.ANY, src, KINO.filePath, Node.ANY);
            if (name.hasNext()) return name.next().getObject().getLiteralLexicalForm();
        }
        return g.getURI();
    }
}
