package org.kinograph.fuzz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.Quad;
import org.kinograph.genre.GenreScore;
import org.kinograph.vocab.PROVO;

/**
 * What must hold of anything a genre or the pipeline produces, whatever the input: scores in
 * [0, 1] with a reason; IRIs that parse; typed literals that are well formed; and evidence spans
 * inside the document, cutting out exactly their anchor text (code points, as nif counts them).
 */
final class Invariants {
    private Invariants() {}

    /** Fails with the invariant's name when it does not hold. */
    static void check(boolean holds, String what) {
        if (!holds) throw new AssertionError("invariant broken: " + what);
    }

    static void score(String genre, GenreScore s) {
        check(s != null && s.score() >= 0 && s.score() <= 1 && s.reason() != null, "a score in [0, 1] with a reason from " + genre);
    }

    /** Checks every node of the quads, and every reifier's span against the document text. */
    static void quads(String text, List<Quad> quads) {
        Map<Node, int[]> spans = new HashMap<>();
        Map<Node, String> anchors = new HashMap<>();
        for (Quad q : quads) {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) node(n);
            Node p = q.getPredicate();
            if (p.equals(PROVO.beginIndex)) span(spans, q.getSubject())[0] = integer(q.getObject());
            else if (p.equals(PROVO.endIndex)) span(spans, q.getSubject())[1] = integer(q.getObject());
            else if (p.equals(PROVO.anchorOf)) anchors.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
        }
        int length = text.codePointCount(0, text.length());
        spans.forEach((r, s) -> {
            check(s[0] >= 0 && s[0] <= s[1] && s[1] <= length, "a span inside the document: " + s[0] + ".." + s[1]
                    + " of " + length);
            String anchor = anchors.get(r);
            if (anchor != null) {
                String cut = text.substring(text.offsetByCodePoints(0, s[0]), text.offsetByCodePoints(0, s[1]));
                check(cut.equals(anchor), "the anchor is the text at its span: \"" + anchor + "\" vs \"" + cut + "\"");
            }
        });
    }

    private static int[] span(Map<Node, int[]> spans, Node reifier) {
        return spans.computeIfAbsent(reifier, k -> new int[] {-1, -1});
    }

    private static int integer(Node n) {
        return Integer.parseInt(n.getLiteralLexicalForm());
    }

    private static void node(Node n) {
        if (n.isURI()) {
            try {
                IRIx.create(n.getURI());
            } catch (IRIException e) {
                throw new AssertionError("invariant broken: an IRI that does not parse: <" + n.getURI() + ">: " + e.getMessage());
            }
        } else if (n.isLiteral() && n.getLiteralDatatype() != null && !n.getLiteralDatatypeURI().endsWith("#string")
                && !n.getLiteralDatatypeURI().endsWith("#langString")) {
            check(n.getLiteral().isWellFormed(), "a well-formed literal: " + n);
        } else if (n.isTripleTerm()) {
            node(n.getTriple().getSubject());
            node(n.getTriple().getPredicate());
            node(n.getTriple().getObject());
        }
    }
}
