package org.kinograph.export;

import org.apache.jena.graph.Node;

/**
 * What to export: the whole dataset (document graphs with their reifiers, and the meta graph),
 * one named graph, or the merged entity graph without provenance.
 *
 * @param kind  which of the three
 * @param graph the graph for {@link Kind#GRAPH}, else null
 */
public record Selection(Kind kind, Node graph) {
    /** The three kinds of selection. */
    public enum Kind {
        /** Every named graph, provenance included. */ ALL,
        /** One named graph. */ GRAPH,
        /** The union of all graphs without reifiers and meta data: the form a web page would embed. */ DATA_ONLY
    }

    /** @return the whole dataset. */
    public static Selection all() {
        return new Selection(Kind.ALL, null);
    }

    /** @return one named graph. */
    public static Selection graph(Node g) {
        return new Selection(Kind.GRAPH, g);
    }

    /** @return the merged data without provenance. */
    public static Selection dataOnly() {
        return new Selection(Kind.DATA_ONLY, null);
    }

    /** @return true when the selection is one graph of triples (no graph names to carry). */
    public boolean isSingleGraph() {
        return kind != Kind.ALL;
    }
}
