package org.kinograph.serve;

import java.io.IOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.Literals;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A VoID description of the served dataset: endpoint, URI space, vocabularies, size. */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String VOID = "http://rdfs.org/ns/void#";

    private final transient Dataset dataset;
    private final transient Ids ids;

    VoidServlet(Dataset dataset, Ids ids) {
        this.dataset = dataset;
        this.ids = ids;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String root = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + "/";
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID);
        Node ds = NodeFactory.createURI(root + ".well-known/void#kinograph");
        g.add(Triple.create(ds, RDF.Nodes.type, v("Dataset")));
        g.add(Triple.create(ds, v("sparqlEndpoint"), NodeFactory.createURI(root + "kinograph/sparql")));
        g.add(Triple.create(ds, v("uriSpace"), NodeFactory.createLiteralString(ids.base())));
        g.add(Triple.create(ds, v("vocabulary"), NodeFactory.createURI("http://schema.org/")));
        g.add(Triple.create(ds, v("vocabulary"), NodeFactory.createURI("https://w3id.org/kinograph/vocab#")));
        long quads = dataset.calculateRead(() -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
        g.add(Triple.create(ds, v("triples"), Literals.nonNegative(quads)));
        resp.setContentType("text/turtle; charset=utf-8");
        RDFDataMgr.write(resp.getOutputStream(), g, RDFFormat.TURTLE_PRETTY);
    }

    private static Node v(String local) {
        return NodeFactory.createURI(VOID + local);
    }

}
