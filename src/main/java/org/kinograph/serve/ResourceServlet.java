package org.kinograph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.kinograph.prov.Reification;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferences minted IRIs: {@code http://HOST:PORT/id/…} answers for {@code <base>…} with
 * Turtle, N-Triples, JSON-LD (reifiers in classic form) or an HTML page, by content negotiation
 * or {@code ?format=}. Unknown resources get 404.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Turtle first: a client that accepts anything (curl, programs) gets RDF; browsers ask for HTML. */
    private static final AcceptList OFFER = AcceptList.create("text/turtle", "text/html", "application/ld+json",
            "application/n-triples");

    private final transient Dataset dataset;
    private final String base;

    ResourceServlet(Dataset dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Node iri = NodeFactory.createURI(base + path.substring("/id/".length()));
        if (!ResourceDescription.exists(dataset, iri)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such resource: " + iri.getURI());
            return;
        }
        String type = choose(req);
        resp.setHeader("Vary", "Accept");
        resp.setContentType(type + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            if (type.equals("text/html")) {
                String local = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + "/id/";
                var facts = ResourceDescription.facts(dataset, iri);
                var linked = facts.stream().map(ResourceDescription.Fact::value).filter(Node::isURI).distinct().toList();
                String html = new ResourcePage(base, local, ResourceDescription.names(dataset, linked)).render(iri, facts);
                out.write(html.getBytes(StandardCharsets.UTF_8));
            } else {
                write(ResourceDescription.graph(dataset, iri), type, out);
            }
        }
    }

    private static void write(Graph g, String type, OutputStream out) {
        switch (type) {
            case "application/ld+json" -> RDFDataMgr.write(out, Reification.toClassic(g), RDFFormat.JSONLD11_PRETTY);
            case "application/n-triples" -> RDFDataMgr.write(out, g, Lang.NTRIPLES);
            default -> RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        }
    }

    private static String choose(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return switch (format) {
                case "jsonld", "json" -> "application/ld+json";
                case "nt" -> "application/n-triples";
                case "html" -> "text/html";
                default -> "text/turtle";
            };
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return "text/turtle";
        MediaType best = AcceptList.match(new AcceptList(accept), OFFER);
        return best == null ? "text/turtle" : best.getContentTypeStr();
    }
}
