package org.kinograph.map;

import org.apache.jena.graph.Triple;
import org.kinograph.model.Value;

/**
 * One extracted triple with the evidence for it.
 *
 * @param triple     the fact
 * @param evidence   the text it comes from (for derived triples, the evidence they derive from)
 * @param method     the rule that produced it ({@code kino:method})
 * @param confidence in [0, 1] ({@code kino:confidence})
 */
public record Assertion(Triple triple, Value evidence, String method, double confidence) {}
