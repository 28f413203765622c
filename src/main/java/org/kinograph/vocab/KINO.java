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

    public static final Node titleSimilarity = term("titleSimilarity");
    public static final Node yearAgreement = term("yearAgreement");
    public static final Node directorSimilarity = term("directorSimilarity");
    public static final Node castOverlap = term("castOverlap");
    public static final Node durationAgreement = term("durationAgreement");
    public static final Node nameSimilarity = term("nameSimilarity");
    public static final Node supportedBy = term("supportedBy");
    public static final Node acceptThreshold = term("acceptThreshold");
    public static final Node reviewThreshold = term("reviewThreshold");

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

    // Entity resolution: the mention index (meta graph), merges (resolution graph), conflicts.
    public static final Node mentionOf = term("mentionOf");
    public static final Node mentionedIn = term("mentionedIn");
    public static final Node mentionKind = term("mentionKind");
    public static final Node blockKey = term("blockKey");
    public static final Node mentionName = term("mentionName");
    public static final Node mentionAltName = term("mentionAltName");
    public static final Node mentionYear = term("mentionYear");
    public static final Node mentionDirector = term("mentionDirector");
    public static final Node mentionCast = term("mentionCast");
    public static final Node mentionFilm = term("mentionFilm");
    public static final Node mentionCredit = term("mentionCredit");
    public static final Node mentionActor = term("mentionActor");
    public static final Node mentionCharacter = term("mentionCharacter");
    public static final Node mentionCategory = term("mentionCategory");
    public static final Node mentionRecipient = term("mentionRecipient");
    public static final Node resolutionPending = term("resolutionPending");
    public static final Node mappedAs = term("mappedAs");
    public static final Node resolvedTo = term("resolvedTo");
    public static final Node evidence = term("evidence");
    public static final Node matchKey = term("matchKey");
    public static final Node similarity = term("similarity");
    public static final Node sharedFilm = term("sharedFilm");
    public static final Node Conflict = term("Conflict");
    public static final Node Claim = term("Claim");
    public static final Node about = term("about");
    public static final Node property = term("property");
    public static final Node claim = term("claim");
    public static final Node value = term("value");
    public static final Node trust = term("trust");
    public static final Node score = term("score");
    public static final Node preferred = term("preferred");

    private KINO() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
