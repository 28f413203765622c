package org.kinograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.SCHEMA;

/** {@link Conflicts#replace}: the conflicts graph written one conflict at a time equals the conflicts computed at once. */
public class TestConflicts {
    private static final Ids IDS = new Ids("https://example.org/kg/");
    private static final Node FILM = NodeFactory.createURI("https://example.org/kg/film/harbour-lights-2011");
    private static final Node OTHER = NodeFactory.createURI("https://example.org/kg/film/paper-moons-2012");

    private static Node date(String d) {
        return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate);
    }

    private static void state(DatasetGraph dsg, String graph, Node film, String d) {
        dsg.add(IDS.graph(graph), film, SCHEMA.datePublished, date(d));
    }

    private static Set<Quad> graph(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        dsg.find(IDS.conflictsGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    private static Set<Quad> computed(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        for (Conflicts.Conflict c : Conflicts.compute(dsg, IDS, TrustWeights.defaults())) out.addAll(Conflicts.quads(IDS, c));
        return out;
    }

    @Test
    public void conflictsAreWrittenUpdatedAndRemoved() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        state(dsg, "00000000000000a1", FILM, "2011-03-05");
        state(dsg, "00000000000000a2", FILM, "2011-04-09");
        state(dsg, "00000000000000a3", FILM, "2011-04-09");
        state(dsg, "00000000000000a1", OTHER, "2012-01-01");
        state(dsg, "00000000000000a2", OTHER, "2012-01-01"); // agree: no conflict
        Node stray = NodeFactory.createURI("https://example.org/kg/graph/conflicts/c/0000000000000000/x");
        dsg.add(IDS.conflictsGraph(), stray, SCHEMA.name, NodeFactory.createLiteralString("left by hand"));

        assertThat(Conflicts.replace(dsg, IDS, TrustWeights.defaults())).isEqualTo(1);
        assertThat(graph(dsg)).isNotEmpty().isEqualTo(computed(dsg));
        Node node = Conflicts.node(IDS, FILM, SCHEMA.datePublished);
        assertThat(graph(dsg)).extracting(Quad::getSubject).contains(node).doesNotContain(stray);

        // a third claim for the other film: two conflicts; the first one's claims are unchanged
        state(dsg, "00000000000000a3", OTHER, "2012-02-02");
        assertThat(Conflicts.replace(dsg, IDS, TrustWeights.defaults())).isEqualTo(2);
        assertThat(graph(dsg)).isEqualTo(computed(dsg));

        // the documents come to agree: nothing is left of either conflict
        dsg.delete(IDS.graph("00000000000000a1"), FILM, SCHEMA.datePublished, date("2011-03-05"));
        dsg.delete(IDS.graph("00000000000000a3"), OTHER, SCHEMA.datePublished, date("2012-02-02"));
        assertThat(Conflicts.replace(dsg, IDS, TrustWeights.defaults())).isZero();
        assertThat(graph(dsg)).isEmpty();
        assertThat(List.copyOf(computed(dsg))).isEmpty();
    }
}
