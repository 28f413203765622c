package org.kinograph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kinograph.vocab.Ontology;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves ontology/ at the vocabulary's paths: {@code /vocab} (the kino: vocabulary, Turtle or
 * JSON-LD by content negotiation), {@code /vocab/shapes} (SHACL) and
 * {@code /vocab/context.jsonld} (the JSON-LD context).
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final AcceptList OFFER = AcceptList.create("text/turtle", "application/ld+json", "application/n-triples");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        switch (path) {
            case "/vocab", "/vocab/" -> rdf(Ontology.VOCABULARY, req, resp);
            case "/vocab/shapes", "/vocab/shapes.ttl" -> rdf(Ontology.SHAPES, req, resp);
            case "/vocab/context.jsonld" -> raw(Ontology.CONTEXT, "application/ld+json", resp);
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such vocabulary file: " + path);
        }
    }

    private static void rdf(String file, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String accept = req.getHeader("Accept");
        MediaType best = accept == null ? null : AcceptList.match(new AcceptList(accept), OFFER);
        String type = best == null ? "text/turtle" : best.getContentTypeStr();
        if (type.equals("text/turtle")) {
            raw(file, type, resp);
            return;
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Ontology.read(file), Lang.TURTLE).parse(g);
        resp.setHeader("Vary", "Accept");
        resp.setContentType(type + "; charset=utf-8");
        RDFDataMgr.write(resp.getOutputStream(), g,
                type.equals("application/ld+json") ? RDFFormat.JSONLD11_PRETTY : RDFFormat.NTRIPLES);
    }

    private static void raw(String file, String type, HttpServletResponse resp) throws IOException {
        resp.setContentType(type + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            out.write(Ontology.read(file).getBytes(StandardCharsets.UTF_8));
        }
    }
}
