package org.kinograph.map;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.model.Value;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.SCHEMA;

/**
 * Writes assertions that share one rule and confidence to a sink; knows how to state a typed,
 * named entity (type and name triples carry the name's span as evidence).
 */
final class Emitter {
    private final AssertionSink sink;
    private final Ids ids;
    private final String rule;
    private final double confidence;

    Emitter(AssertionSink sink, Ids ids, String rule, double confidence) {
        this.sink = sink;
        this.ids = ids;
        this.rule = rule;
        this.confidence = confidence;
    }

    /** @return an emitter with another rule and confidence on the same sink. */
    Emitter with(String otherRule, double otherConfidence) {
        return new Emitter(sink, ids, otherRule, otherConfidence);
    }

    Ids ids() {
        return ids;
    }

    void emit(Node s, Node p, Node o, Value evidence) {
        sink.assertion(new Assertion(Triple.create(s, p, o), evidence, rule, confidence));
    }

    void literal(Node s, Node p, String lexical, Value evidence) {
        emit(s, p, NodeFactory.createLiteralString(lexical), evidence);
    }

    void typed(Node s, Node p, String lexical, RDFDatatype type, Value evidence) {
        emit(s, p, NodeFactory.createLiteralDT(lexical, type), evidence);
    }

    /** States {@code node a type ; schema:name name}, both with the name's span as evidence. */
    void named(Node node, Node type, String name, Value evidence) {
        emit(node, RDF.Nodes.type, type, evidence);
        literal(node, SCHEMA.name, name, evidence);
    }

    /**
     * Mints the entity of a kind for a written name and links it from {@code subject}.
     *
     * @return the entity, or null when the name has no letter or digit to mint an IRI from
     */
    Node linkEntity(Node subject, Node property, String kind, Node type, Value name) {
        if (Ids.slug(name.text()).isEmpty()) return null;
        Node node = ids.entity(kind, name.text());
        named(node, type, name.text(), name);
        emit(subject, property, node, name);
        return node;
    }
}
