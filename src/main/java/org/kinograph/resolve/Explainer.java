package org.kinograph.resolve;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.source.Source;
import org.kinograph.source.SourceReader;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.PROVO;
import org.kinograph.vocab.Prefixes;

/**
 * Why the store says what it says about an entity: every fact about it (or about one property of
 * it), and for each fact every source that asserts it, with the rule, the confidence, the span
 * and the evidence text in context (a window of the document's decoded text around the span,
 * read again from the file the meta graph names; when the file has changed or is gone, the
 * anchor alone). Merges into the entity and its alternate names come with their decisions.
 */
public final class Explainer {
    private final DatasetGraph dsg;
    private final Ids ids;
    private final PrintStream out;
    private final int window;
    private final Map<Node, Source> files = new java.util.HashMap<>();
    private final Map<Node, String> fileProblems = new java.util.HashMap<>();

    /**
     * @param dsg    the store (inside a read transaction)
     * @param ids    IRI minting
     * @param out    where to print
     * @param window code points of context on each side of the evidence
     */
    public Explainer(DatasetGraph dsg, Ids ids, PrintStream out, int window) {
        this.dsg = dsg;
        this.ids = ids;
        this.out = out;
        this.window = window;
    }

    /**
     * @param iri      the entity (a merged mention IRI is followed to its entity)
     * @param property a property, or null for all
     * @return the number of facts explained (0: the store says nothing about it)
     */
    public int explain(Node iri, Node property) {
        Node entity = iri;
        var merged = dsg.find(ids.resolutionGraph(), iri, OWL.sameAs.asNode(), Node.ANY);
        if (merged.hasNext()) {
            entity = merged.next().getObject();
            out.println(iri.getURI() + " is a mention of " + entity.getURI() + ":");
            decision(NodeFactory.createTripleTerm(iri, OWL.sameAs.asNode(), entity), "  ");
            out.println();
        } else {
            List<Node> records = new ArrayList<>();
            dsg.find(ids.metaGraph(), Node.ANY, KINO.mentionOf, iri).forEachRemaining(q -> records.add(q.getSubject()));
            records.sort(Mention.BY_IRI);
            boolean said = false;
            for (Node r : records) {
                var to = dsg.find(ids.resolutionGraph(), r, KINO.resolvedTo, Node.ANY);
                if (!to.hasNext()) continue;
                Node target = to.next().getObject();
                if (!said) out.println(iri.getURI() + " is written as another entity in some documents:");
                said = true;
                out.println("  in " + fileName(source(r)) + ": " + target.getURI());
                decision(NodeFactory.createTripleTerm(r, KINO.resolvedTo, target), "    ");
            }
            if (said) out.println();
        }
        out.println(entity.getURI());
        List<Quad> facts = new ArrayList<>();
        dsg.find(Node.ANY, entity, property == null ? Node.ANY : property, Node.ANY).forEachRemaining(q -> {
            if (ids.isDocumentGraph(q.getGraph()) || q.getGraph().equals(ids.resolutionGraph())) facts.add(q);
        });
        if (property == null) mergedInto(entity);
        Map<String, List<Quad>> byFact = new TreeMap<>();
        for (Quad q : facts) {
            String key = Prefixes.get().shortForm(q.getPredicate().getURI()) + " " + show(q.getObject());
            byFact.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        for (Map.Entry<String, List<Quad>> e : byFact.entrySet()) {
            out.println();
            out.println(e.getKey());
            List<Quad> qs = new ArrayList<>(e.getValue());
            qs.sort(Comparator.comparing(q -> q.getGraph().getURI()));
            for (Quad q : qs) sources(q);
        }
        return byFact.size();
    }

    /** The documents' mentions written as this entity since resolution. */
    private void mergedInto(Node entity) {
        List<Node> records = new ArrayList<>();
        dsg.find(ids.resolutionGraph(), Node.ANY, KINO.resolvedTo, entity).forEachRemaining(q -> records.add(q.getSubject()));
        if (records.isEmpty()) return;
        records.sort(Mention.BY_IRI);
        out.println("merged mentions:");
        for (Node r : records) {
            var of = dsg.find(ids.metaGraph(), r, KINO.mentionOf, Node.ANY);
            String mention = of.hasNext() ? of.next().getObject().getURI() : r.getURI();
            out.println("  " + mention + " in " + fileName(source(r)));
            decision(NodeFactory.createTripleTerm(r, KINO.resolvedTo, entity), "    ");
        }
    }

    private Node source(Node record) {
        List<Node> s = objects(ids.metaGraph(), record, PROVO.wasDerivedFrom);
        return s.isEmpty() ? record : s.get(0);
    }

    private void decision(Node tripleTerm, String indent) {
        Node g = ids.resolutionGraph();
        dsg.find(g, Node.ANY, RDF.Nodes.reifies, tripleTerm).forEachRemaining(q -> {
            Node r = q.getSubject();
            out.println(indent + "rule " + literal(g, r, KINO.method) + ", confidence " + literal(g, r, KINO.confidence));
            for (Node ev : objects(g, r, KINO.evidence)) out.println(indent + "- " + ev.getLiteralLexicalForm());
            List<String> srcs = new ArrayList<>();
            for (Node s : objects(g, r, PROVO.wasDerivedFrom)) srcs.add(fileName(s));
            out.println(indent + "compared: " + String.join(", ", srcs));
        });
    }

    /** Prints every reifier of one stored fact with its evidence in context. */
    private void sources(Quad q) {
        Node g = q.getGraph();
        Node tt = NodeFactory.createTripleTerm(q.asTriple());
        List<Node> reifiers = new ArrayList<>();
        dsg.find(g, Node.ANY, RDF.Nodes.reifies, tt).forEachRemaining(r -> reifiers.add(r.getSubject()));
        reifiers.sort(Mention.BY_IRI);
        if (reifiers.isEmpty()) out.println("  (no provenance recorded in " + g.getURI() + ")");
        for (Node r : reifiers) {
            String method = literal(g, r, KINO.method);
            String conf = literal(g, r, KINO.confidence);
            List<Node> srcs = objects(g, r, PROVO.wasDerivedFrom);
            if (g.equals(ids.resolutionGraph())) {
                List<String> names = new ArrayList<>();
                srcs.forEach(s -> names.add(fileName(s)));
                out.println("  entity resolution, rule " + method + ", confidence " + conf + " (from " + String.join(", ", names) + ")");
                objects(g, r, KINO.evidence).forEach(e -> out.println("    - " + e.getLiteralLexicalForm()));
                continue;
            }
            Node source = srcs.isEmpty() ? null : srcs.get(0);
            String begin = literal(g, r, PROVO.beginIndex);
            String end = literal(g, r, PROVO.endIndex);
            String anchor = literal(g, r, PROVO.anchorOf);
            String genre = source == null ? null : literal(ids.metaGraph(), source, KINO.genre);
            out.println("  " + (source == null ? "?" : fileName(source)) + " (" + genre + "), rule " + method
                    + ", confidence " + conf + ", span [" + begin + "," + end + ")");
            List<Node> mapped = objects(g, r, KINO.mappedAs);
            if (!mapped.isEmpty()) {
                var t = mapped.get(0).getTriple();
                out.println("    as written: " + show(t.getSubject()) + " " + Prefixes.get().shortForm(t.getPredicate().getURI())
                        + " " + show(t.getObject()));
            }
            out.println("    " + context(source, begin, end, anchor));
        }
    }

    /** @return the evidence in a window of its document's text, or the anchor alone with the reason. */
    private String context(Node source, String begin, String end, String anchor) {
        if (source == null || begin == null || end == null) return "«" + anchor + "» (no span)";
        Source doc = file(source);
        if (doc == null) return "«" + anchor + "» (" + fileProblems.get(source) + "; anchor only)";
        String text = doc.text();
        int cps = text.codePointCount(0, text.length());
        int b = Integer.parseInt(begin);
        int e = Integer.parseInt(end);
        if (e > cps || b > e) return "«" + anchor + "» (the span lies outside the file's text; anchor only)";
        int from = Math.max(0, b - window);
        int to = Math.min(cps, e + window);
        String before = cut(text, from, b);
        String evidence = cut(text, b, e);
        String after = cut(text, e, to);
        return (from > 0 ? "…" : "") + flat(before) + "«" + flat(evidence) + "»" + flat(after) + (to < cps ? "…" : "");
    }

    private static String cut(String text, int fromCp, int toCp) {
        return text.substring(text.offsetByCodePoints(0, fromCp), text.offsetByCodePoints(0, toCp));
    }

    private static String flat(String s) {
        return s.replace("\r\n", "\n").replace('\n', '⏎').replaceAll("[\\t ]+", " ");
    }

    /** @return the document as decoded now, or null (and why) when its file is gone or has changed. */
    private Source file(Node source) {
        if (files.containsKey(source)) return files.get(source);
        Source found = null;
        String hash = literal(ids.metaGraph(), source, KINO.contentHash);
        List<String> paths = new ArrayList<>();
        objects(ids.metaGraph(), source, KINO.filePath).forEach(p -> paths.add(p.getLiteralLexicalForm()));
        paths.sort(null);
        String problem = paths.isEmpty() ? "no file recorded" : "file " + paths.get(0) + " is gone";
        for (String p : paths) {
            Path path = Paths.get(p);
            if (!Files.isRegularFile(path)) continue;
            try {
                Source doc = new SourceReader().read(path);
                if (hash != null && hash.equals("sha256:" + doc.sha256())) {
                    found = doc;
                    break;
                }
                problem = "file " + p + " has changed since it was ingested";
            } catch (Exception ex) {
                problem = "file " + p + " cannot be read (" + ex.getMessage() + ")";
            }
        }
        files.put(source, found);
        if (found == null) fileProblems.put(source, problem);
        return found;
    }

    private String fileName(Node source) {
        String name = literal(ids.metaGraph(), source, KINO.fileName);
        return name != null ? name : source.getURI();
    }

    private String show(Node n) {
        if (n.isURI()) return "<" + n.getURI() + ">";
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            String lex = "\"" + n.getLiteralLexicalForm().replace("\n", "\\n") + "\"";
            if (lex.length() > 120) lex = lex.substring(0, 117) + "…\"";
            return dt == null || dt.endsWith("#string") ? lex : lex + "^^" + Prefixes.get().shortForm(dt);
        }
        return n.toString();
    }

    private List<Node> objects(Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        out.sort(Mention.BY_IRI);
        return out;
    }

    private String literal(Node g, Node s, Node p) {
        List<Node> o = objects(g, s, p);
        return o.isEmpty() || !o.get(0).isLiteral() ? null : o.get(0).getLiteralLexicalForm();
    }
}
