package org.kinograph.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * One document's quads as N-Quads text, the same bytes as Jena's streaming N-Quads writer
 * ({@code RDFFormat.NQUADS}). Each distinct node is formatted once, to UTF-8 bytes: a document
 * repeats its graph IRI in every quad and its subjects and predicates in many. IRIs and literals
 * that need no escaping (nearly all) are written as they are; any other node goes through Jena's
 * N-Triples formatter, whose set-up per call was most of the mapping benchmark's time.
 */
final class NQuadsText {
    private static final byte[] SPACE = {' '};
    private static final byte[] END = {' ', '.', '\n'};
    private static final byte[] OPEN = "<<( ".getBytes(StandardCharsets.US_ASCII);
    private static final boolean[] IRI_AS_IS = iriAsIs();
    private static final byte[] CLOSE = " )>>".getBytes(StandardCharsets.US_ASCII);

    private final Map<Node, byte[]> formatted = new HashMap<>();
    private Node lastSubject;
    private byte[] lastSubjectBytes;
    private Node lastGraph;
    private byte[] lastGraphBytes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);

    private NQuadsText() {}

    /** @return the quads, in order, as UTF-8 N-Quads lines (a quad of the default graph as a triple line) */
    @SafeVarargs
    static byte[] of(List<Quad>... parts) {
        NQuadsText out = new NQuadsText();
        for (List<Quad> quads : parts) quads.forEach(out::quad);
        return out.bytes.toByteArray();
    }

    private void quad(Quad q) {
        bytes.writeBytes(subject(q.getSubject()));
        bytes.writeBytes(SPACE);
        bytes.writeBytes(node(q.getPredicate()));
        bytes.writeBytes(SPACE);
        bytes.writeBytes(node(q.getObject()));
        if (!q.isDefaultGraph()) {
            bytes.writeBytes(SPACE);
            bytes.writeBytes(graph(q.getGraph()));
        }
        bytes.writeBytes(END);
    }

    /** @return the subject's bytes; a reifier's statements follow each other, so the last subject is kept at hand */
    private byte[] subject(Node s) {
        if (s != lastSubject) {
            lastSubject = s;
            lastSubjectBytes = node(s);
        }
        return lastSubjectBytes;
    }

    /** @return the graph's bytes; a part's quads are all in one graph */
    private byte[] graph(Node g) {
        if (g != lastGraph) {
            lastGraph = g;
            lastGraphBytes = node(g);
        }
        return lastGraphBytes;
    }

    private byte[] node(Node n) {
        byte[] b = formatted.get(n);
        if (b == null) {
            b = n.isTripleTerm() ? tripleTerm(n.getTriple()) : text(n).getBytes(StandardCharsets.UTF_8);
            formatted.put(n, b);
        }
        return b;
    }

    /** @return a triple term's bytes, its terms taken from (and kept in) the cache: they recur in the document */
    private byte[] tripleTerm(Triple t) {
        byte[] s = node(t.getSubject());
        byte[] p = node(t.getPredicate());
        byte[] o = node(t.getObject());
        byte[] b = new byte[OPEN.length + s.length + p.length + o.length + CLOSE.length + 2];
        int at = put(b, 0, OPEN);
        at = put(b, at, s);
        b[at++] = ' ';
        at = put(b, at, p);
        b[at++] = ' ';
        at = put(b, at, o);
        put(b, at, CLOSE);
        return b;
    }

    private static int put(byte[] to, int at, byte[] from) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }

    /** @return a node other than a triple term in N-Triples syntax */
    private static String text(Node n) {
        if (n.isURI() && plainIri(n.getURI())) return "<" + n.getURI() + ">";
        if (n.isLiteral() && plainLiteral(n)) return literal(n);
        return NodeFmtLib.strNT(n);
    }

    private static String literal(Node n) {
        String lex = "\"" + n.getLiteralLexicalForm() + "\"";
        if (!n.getLiteralLanguage().isEmpty()) return lex + "@" + n.getLiteralLanguage();
        String dt = n.getLiteralDatatypeURI();
        return dt.equals(XSDDatatype.XSDstring.getURI()) ? lex : lex + "^^<" + dt + ">";
    }

    /** @return true when Jena writes the IRI between angle brackets as it is (printable ASCII, nothing to escape) */
    private static boolean plainIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c >= IRI_AS_IS.length || !IRI_AS_IS[c]) return false;
        }
        return true;
    }

    /** The characters Jena writes in an IRI as they are: printable ASCII but {@code <>"{}|^`\}. */
    private static boolean[] iriAsIs() {
        boolean[] asIs = new boolean[0x7F];
        for (char c = '!'; c < 0x7F; c++) asIs[c] = "<>\"{}|^`\\".indexOf(c) < 0;
        return asIs;
    }

    /** @return true when the literal has nothing to escape and no base direction, in its form or its datatype */
    private static boolean plainLiteral(Node n) {
        if (n.getLiteralBaseDirection() != null) return false;
        String lex = n.getLiteralLexicalForm();
        for (int i = 0; i < lex.length(); i++) {
            char c = lex.charAt(i);
            if (c < ' ' || c == '"' || c == '\\' || Character.isSurrogate(c)) return false;
        }
        return !n.getLiteralLanguage().isEmpty() || plainIri(n.getLiteralDatatypeURI());
    }
}
