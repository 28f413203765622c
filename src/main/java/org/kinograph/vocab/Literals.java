package org.kinograph.vocab;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/**
 * Typed literals in canonical lexical form. TDB2 stores decimals and date-times by value, so a
 * non-canonical form ("1.00", a date-time with microseconds) reads back differently and could no
 * longer be deleted by pattern; writing canonical forms keeps replace-on-re-ingest exact.
 */
public final class Literals {
    private Literals() {}

    /** @return an xsd:decimal literal in canonical form ("3140000.0", "0.95"). */
    public static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(XSDFuncOp.canonicalDecimalStr(value), XSDDatatype.XSDdecimal);
    }

    /** @return an xsd:decimal literal in canonical form. */
    public static Node decimal(double value) {
        return decimal(BigDecimal.valueOf(value));
    }

    /** @return an xsd:dateTime literal in UTC, to the second. */
    public static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    /** @return an xsd:nonNegativeInteger literal. */
    public static Node nonNegative(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
