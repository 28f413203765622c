package org.kinograph.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.kinograph.vocab.Ids;

/** What the store tests share: IRI minting, one quad to commit, and the id of a process that has ended. */
final class StoreFixtures {
    static final Ids IDS = new Ids(Ids.DEFAULT_BASE);
    static final Quad QUAD = Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
            NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("committed"));

    private StoreFixtures() {}

    /** @return the id of a process that has ended (as a killed one has). */
    static long goneProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
