package org.kinograph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The {@code kino:} extension vocabulary (defined in {@code ontology/kino.ttl}). */
public final class KINO {
    /** Namespace IRI of the kino: vocabulary. */
    public static final String NS = "https://w3id.org/kinograph/vocab#";

    public static final Node FictionalCharacter = term("FictionalCharacter");
    public static final Node Accolade = term("Accolade");

    public static final Node performance = term("performance");
    public static final Node cinematographer = term("cinematographer");
    public static final Node filmEditor = term("filmEditor");
    public static final Node distributor = term("distributor");
    public static final Node boxOffice = term("boxOffice");
    public static final Node budget = term("budget");
    public static final Node admissions = term("admissions");
    public static final Node medium = term("medium");
    public static final Node accolade = term("accolade");
    public static final Node awardName = term("awardName");
    public static final Node category = term("category");
    public static final Node year = term("year");
    public static final Node result = term("result");
    public static final Node recipient = term("recipient");
    public static final Node note = term("note");
    /** From a PerformanceRole to the character it plays (schema.org has no such property). */
    public static final Node character = term("character");

    public static final Node method = term("method");
    public static final Node confidence = term("confidence");
    public static final Node contentHash = term("contentHash");
    public static final Node genre = term("genre");
    public static final Node genreScore = term("genreScore");
    public static final Node genreReason = term("genreReason");
    public static final Node fileName = term("fileName");
    public static final Node filePath = term("filePath");
    public static final Node charset = term("charset");
    public static final Node byteSize = term("byteSize");


    private KINO() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
