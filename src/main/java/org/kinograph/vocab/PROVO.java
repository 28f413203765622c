package org.kinograph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** PROV-O and NIF terms used for provenance. */
public final class PROVO {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Node Entity = NodeFactory.createURI(PROV + "Entity");
    public static final Node Activity = NodeFactory.createURI(PROV + "Activity");
    public static final Node SoftwareAgent = NodeFactory.createURI(PROV + "SoftwareAgent");
    public static final Node wasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node wasGeneratedBy = NodeFactory.createURI(PROV + "wasGeneratedBy");
    public static final Node wasAssociatedWith = NodeFactory.createURI(PROV + "wasAssociatedWith");
    public static final Node startedAtTime = NodeFactory.createURI(PROV + "startedAtTime");
    public static final Node endedAtTime = NodeFactory.createURI(PROV + "endedAtTime");
    public static final Node used = NodeFactory.createURI(PROV + "used");

    public static final Node beginIndex = NodeFactory.createURI(NIF + "beginIndex");
    public static final Node endIndex = NodeFactory.createURI(NIF + "endIndex");
    public static final Node anchorOf = NodeFactory.createURI(NIF + "anchorOf");

    private PROVO() {}
}
