package org.kinograph.serve;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.kinograph.vocab.Prefixes;

/**
 * The HTML page of a resource: its facts grouped by property, each value with the documents that
 * assert it and their evidence text, links to related resources and to the RDF forms. Every
 * piece of text from the store is escaped.
 */
final class ResourcePage {
    private static final java.util.regex.Pattern WEB = java.util.regex.Pattern.compile("(?i)https?://");
    private final String base;
    private final String localBase;
    private final Map<Node, String> names;

    /**
     * @param base      the minted base IRI
     * @param localBase the same path on this server
     * @param names     names to show for linked resources
     */
    ResourcePage(String base, String localBase, Map<Node, String> names) {
        this.base = base;
        this.localBase = localBase;
        this.names = names;
    }

    /** @return the page of a resource with its facts. */
    String render(Node iri, List<ResourceDescription.Fact> facts) {
        StringBuilder h = new StringBuilder(4096);
        String title = title(iri, facts);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escapeHtml4(title)).append(" · Kinograph</title>").append(STYLE).append("</head><body>\n");
        h.append("<h1>").append(escapeHtml4(title)).append("</h1>\n<p class=\"iri\">")
                .append(escapeHtml4(iri.getURI())).append("</p>\n<p>Also as <a href=\"?format=ttl\">Turtle</a> · ")
                .append("<a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=nt\">N-Triples</a></p>\n");
        section(h, "Facts", group(facts, false));
        section(h, "Referred to by", group(facts, true));
        return h.append("</body></html>\n").toString();
    }

    private static String title(Node iri, List<ResourceDescription.Fact> facts) {
        return facts.stream().filter(f -> !f.incoming() && f.property().getURI().equals("http://schema.org/name"))
                .map(f -> f.value().getLiteralLexicalForm()).findFirst().orElse(iri.getURI());
    }

    /** property → value → evidence lines, in query order. */
    private static Map<Node, Map<Node, List<ResourceDescription.Fact>>> group(List<ResourceDescription.Fact> facts,
            boolean incoming) {
        Map<Node, Map<Node, List<ResourceDescription.Fact>>> out = new LinkedHashMap<>();
        for (ResourceDescription.Fact f : facts) {
            if (f.incoming() != incoming) continue;
            out.computeIfAbsent(f.property(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.value(), k -> new java.util.ArrayList<>()).add(f);
        }
        return out;
    }

    private void section(StringBuilder h, String heading, Map<Node, Map<Node, List<ResourceDescription.Fact>>> props) {
        if (props.isEmpty()) return;
        h.append("<h2>").append(heading).append("</h2>\n<table>\n");
        props.forEach((p, values) -> {
            h.append("<tr><th>").append(escapeHtml4(Prefixes.get().shortForm(p.getURI()))).append("</th><td><ul>");
            values.forEach((v, evidence) -> value(h, v, evidence));
            h.append("</ul></td></tr>\n");
        });
        h.append("</table>\n");
    }

    private void value(StringBuilder h, Node v, List<ResourceDescription.Fact> evidence) {
        h.append("<li>").append(node(v)).append("<ul class=\"evidence\">");
        for (ResourceDescription.Fact f : evidence) {
            if (f.anchor() == null) continue;
            h.append("<li><span class=\"src\">").append(escapeHtml4(f.file() == null ? "?" : f.file()))
                    .append("</span> <q>").append(escapeHtml4(f.anchor())).append("</q> <span class=\"rule\">")
                    .append(escapeHtml4(f.method())).append(" · ").append(escapeHtml4(f.confidence()))
                    .append("</span></li>");
        }
        h.append("</ul></li>");
    }

    private String node(Node v) {
        if (v.isLiteral()) return "<span class=\"lit\">" + escapeHtml4(v.getLiteralLexicalForm()) + "</span>";
        if (v.isURI()) {
            String uri = v.getURI();
            String href = uri.startsWith(base) ? localBase + uri.substring(base.length()) : uri;
            String label = names.getOrDefault(v, Prefixes.get().shortForm(uri));
            if (!WEB.matcher(href).lookingAt()) return "<span class=\"iri\">" + escapeHtml4(label) + "</span>"; // no javascript: links
            return "<a href=\"" + escapeHtml4(href) + "\">" + escapeHtml4(label) + "</a>";
        }
        return escapeHtml4(v.toString());
    }

    private static final String STYLE = "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:70em;margin:2em auto;"
            + "padding:0 1em}th{text-align:left;vertical-align:top;padding:.3em 1em .3em 0;white-space:nowrap}"
            + "td ul{margin:0;padding-left:1em}.iri{color:#666;font-family:monospace}.evidence{font-size:.85em;"
            + "color:#555}.src{font-family:monospace}.rule{color:#888}q{background:#fff7d6}</style>";
}
