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

    private final Map<Node, byte[]> formatted = new HashMap<>();
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
        bytes.writeBytes(node(q.getSubject()));
        bytes.writeBytes(SPACE);
        bytes.writeBytes(node(q.getPredicate()));
        bytes.writeBytes(SPACE);
        bytes.writeBytes(node(q.getObject()));
        if (!q.isDefaultGraph()) {
            bytes.writeBytes(SPACE);
            bytes.writeBytes(node(q.getGraph()));
        }
        bytes.writeBytes(END);
    }

    private byte[] node(Node n) {
        byte[] b = formatted.get(n);
        if (b == null) {
            b = text(n).getBytes(StandardCharsets.UTF_8);
            formatted.put(n, b);
        }
        return b;
    }

    /** @return the node in N-Triples syntax */
    private String text(Node n) {
        if (n.isURI() && plainIri(n.getURI())) return "<" + n.getURI() + ">";
        if (n.isLiteral() && plainLiteral(n)) return literal(n);
        if (n.isTripleTerm()) {
            Triple t = n.getTriple();
            return "<<( " + text(t.getSubject()) + " " + text(t.getPredicate()) + " " + text(t.getObject()) + " )>>";
        }
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
            if (c <= ' ' || c >= 0x7F || "<>\"{}|^`\\".indexOf(c) >= 0) return false;
        }
        return true;
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
