package org.kinograph.resolve;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.source.SourceReader;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.Literals;
import org.kinograph.vocab.PROVO;
import org.kinograph.vocab.SCHEMA;

/**
 * Where sources disagree. For every entity and every property that has one value per thing
 * (release date, runtime, director, box office, admissions, an accolade's recipients, result and
 * year, the character of a cast entry, a rating's value …), each document graph that states the
 * property makes one claim: the set of values it gives. When two documents' sets differ, the
 * entity and property are a conflict; every claim is listed with its source, genre, confidence
 * and evidence (the reifiers, with their spans and anchors), and a trust-weighted vote prefers
 * the set whose sources weigh most (the sum of genre weight × confidence).
 */
public final class Conflicts {
    /** The properties compared: one value (or one set of values, for people) per thing. */
    public static final List<Node> PROPERTIES = List.of(SCHEMA.datePublished, SCHEMA.duration, SCHEMA.director,
            KINO.boxOffice, KINO.budget, KINO.admissions, SCHEMA.countryOfOrigin, SCHEMA.inLanguage, KINO.distributor,
            KINO.recipient, KINO.result, KINO.year, KINO.character, SCHEMA.ratingValue, SCHEMA.bestRating,
            SCHEMA.startDate);

    /** One reifier behind a claim. */
    public record Evidence(Node reifier, Node value, String method, double confidence, Integer begin, Integer end,
            String anchor) {}

    /** What one document says. */
    public record Claim(Node graph, Node source, String genre, String fileName, List<Node> values, double confidence,
            double trust, double score, boolean preferred, List<Evidence> evidence) {}

    /** One entity and property the documents disagree on. */
    public record Conflict(Node entity, Node property, List<Claim> claims) {
        /** @return the claims the vote prefers. */
        public List<Claim> preferred() {
            return claims.stream().filter(Claim::preferred).toList();
        }
    }

    private Conflicts() {}

    /**
     * @return the conflicts of the store, by entity and property (call inside a transaction). Each
     *         property is read twice: once for the subjects that two document graphs state it for
     *         (only those can be in conflict), then subject by subject for their claims, so that
     *         the memory holds one entry per subject, not every claim of the store.
     */
    public static List<Conflict> compute(DatasetGraph dsg, Ids ids, TrustWeights weights) {
        List<Conflict> out = new ArrayList<>();
        forEach(dsg, ids, weights, out::add);
        out.sort(Comparator.comparing(Conflict::entity, Mention.BY_IRI).thenComparing(Conflict::property, Mention.BY_IRI));
        return out;
    }

    /**
     * Hands each conflict of the store on as it is found (property by property, subjects in IRI
     * order), holding no other conflict meanwhile; call inside a transaction. The action may write
     * to the store: every read of a conflict is done before it is handed on.
     */
    public static void forEach(DatasetGraph dsg, Ids ids, TrustWeights weights, Consumer<Conflict> action) {
        Map<Node, Node> sourceOf = new HashMap<>();
        for (Node p : PROPERTIES) {
            for (Node subject : statedTwice(dsg, ids, p)) {
                Map<Node, Set<Node>> claims = new TreeMap<>(Mention.BY_IRI);
                dsg.find(Node.ANY, subject, p, Node.ANY).forEachRemaining(q -> {
                    if (ids.isDocumentGraph(q.getGraph())) {
                        claims.computeIfAbsent(q.getGraph(), k -> new TreeSet<>(VALUE_ORDER)).add(q.getObject());
                    }
                });
                if (claims.size() < 2 || new java.util.HashSet<>(claims.values()).size() < 2) continue;
                action.accept(conflict(dsg, ids, weights, subject, p, claims, sourceOf));
            }
        }
    }

    /** @return the subjects that more than one document graph states the property for, in IRI order. */
    private static Set<Node> statedTwice(DatasetGraph dsg, Ids ids, Node p) {
        Map<Node, Node> firstGraph = new HashMap<>();
        Set<Node> out = new TreeSet<>(Mention.BY_IRI);
        dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
            if (!ids.isDocumentGraph(q.getGraph())) return;
            Node first = firstGraph.putIfAbsent(q.getSubject(), q.getGraph());
            if (first != null && !first.equals(q.getGraph())) out.add(q.getSubject());
        });
        return out;
    }

    private static final Comparator<Node> VALUE_ORDER = Comparator.comparing(Conflicts::valueKey);

    private static String valueKey(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() + "^^" + n.getLiteralDatatypeURI() : Mention.key(n);
    }

    private static Conflict conflict(DatasetGraph dsg, Ids ids, TrustWeights weights, Node entity, Node property,
            Map<Node, Set<Node>> claims, Map<Node, Node> sourceOf) {
        record Raw(Node graph, Node source, String genre, String file, List<Node> values, double conf, double trust,
                List<Evidence> ev) {}
        List<Raw> raws = new ArrayList<>();
        Map<List<Node>, Double> scores = new LinkedHashMap<>();
        for (Map.Entry<Node, Set<Node>> c : claims.entrySet()) {
            Node g = c.getKey();
            Node source = sourceOf.computeIfAbsent(g, x -> object(dsg, ids.metaGraph(), x, PROVO.wasDerivedFrom));
            String genre = literal(dsg, ids.metaGraph(), source, KINO.genre);
            String file = literal(dsg, ids.metaGraph(), source, KINO.fileName);
            List<Node> values = new ArrayList<>(c.getValue());
            List<Evidence> ev = new ArrayList<>();
            for (Node v : values) ev.addAll(evidence(dsg, g, entity, property, v));
            double conf = ev.stream().mapToDouble(Evidence::confidence).max().orElse(0);
            double trust = weights.of(genre);
            raws.add(new Raw(g, source, genre, file, values, conf, trust, ev));
            scores.merge(values, trust * conf, Double::sum);
        }
        List<Node> best = scores.entrySet().stream()
                .min(Comparator.<Map.Entry<List<Node>, Double>>comparingDouble(x -> -round(x.getValue()))
                        .thenComparing(x -> x.getKey().toString()))
                .map(Map.Entry::getKey).orElseThrow();
        List<Claim> out = new ArrayList<>();
        for (Raw r : raws) {
            out.add(new Claim(r.graph(), r.source(), r.genre(), r.file(), r.values(), round(r.conf()), r.trust(),
                    round(scores.get(r.values())), r.values().equals(best), r.ev()));
        }
        return new Conflict(entity, property, out);
    }

    private static List<Evidence> evidence(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        List<Evidence> out = new ArrayList<>();
        Node tt = NodeFactory.createTripleTerm(s, p, o);
        dsg.find(g, Node.ANY, RDF.Nodes.reifies, tt).forEachRemaining(q -> {
            Node r = q.getSubject();
            Map<Node, Node> said = new HashMap<>(); // the reifier's statements in one read: each property's first
            dsg.find(g, r, Node.ANY, Node.ANY).forEachRemaining(st -> said.putIfAbsent(st.getPredicate(), st.getObject()));
            String conf = lexical(said.get(KINO.confidence));
            String b = lexical(said.get(PROVO.beginIndex));
            String e = lexical(said.get(PROVO.endIndex));
            out.add(new Evidence(r, o, lexical(said.get(KINO.method)), conf == null ? 0 : Double.parseDouble(conf),
                    b == null ? null : Integer.valueOf(b), e == null ? null : Integer.valueOf(e),
                    lexical(said.get(PROVO.anchorOf))));
        });
        out.sort(Comparator.comparing(x -> x.reifier().getURI()));
        return out;
    }

    /** @return the object of the first quad {@code g s p ?o}, or null (inside a transaction). */
    static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
        return s == null ? null : lexical(object(dsg, g, s, p));
    }

    /** @return a literal's lexical form, or null for another node or none. */
    private static String lexical(Node o) {
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    static double round(double d) {
        return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    // ---------------------------------------------------------------------------------------------
    // As RDF: the graph B graph/conflicts

    /** @return the IRI of the conflict about an entity and property in {@code B graph/conflicts}. */
    public static Node node(Ids ids, Node entity, Node property) {
        String key = entity.getURI() + "\u0000" + property.getURI();
        return NodeFactory.createURI(ids.conflictsGraph().getURI() + "/c/"
                + SourceReader.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    }

    /**
     * @return one conflict as quads of {@code B graph/conflicts}: {@code c a kino:Conflict ;
     *         kino:about <entity> ; kino:property <p> ; kino:claim cl …}, each claim (named below
     *         the conflict's IRI) {@code cl a kino:Claim ; kino:value … ; prov:wasDerivedFrom
     *         <source> ; kino:genre ; kino:trust ; kino:confidence ; kino:score ; kino:preferred ;
     *         kino:supportedBy <reifier> …}
     */
    public static List<Quad> quads(Ids ids, Conflict c) {
        Node g = ids.conflictsGraph();
        List<Quad> out = new ArrayList<>();
        Node node = node(ids, c.entity(), c.property());
        out.add(Quad.create(g, node, RDF.Nodes.type, KINO.Conflict));
        out.add(Quad.create(g, node, KINO.about, c.entity()));
        out.add(Quad.create(g, node, KINO.property, c.property()));
        for (Claim cl : c.claims()) {
            String local = cl.graph().getURI().substring(cl.graph().getURI().lastIndexOf('/') + 1);
            Node claim = NodeFactory.createURI(node.getURI() + "/" + local);
            out.add(Quad.create(g, node, KINO.claim, claim));
            out.add(Quad.create(g, claim, RDF.Nodes.type, KINO.Claim));
            cl.values().forEach(v -> out.add(Quad.create(g, claim, KINO.value, v)));
            if (cl.source() != null) out.add(Quad.create(g, claim, PROVO.wasDerivedFrom, cl.source()));
            if (cl.genre() != null) {
                out.add(Quad.create(g, claim, KINO.genre, NodeFactory.createLiteralString(cl.genre())));
            }
            out.add(Quad.create(g, claim, KINO.trust, Literals.decimal(BigDecimal.valueOf(cl.trust()))));
            out.add(Quad.create(g, claim, KINO.confidence, Literals.decimal(BigDecimal.valueOf(cl.confidence()))));
            out.add(Quad.create(g, claim, KINO.score, Literals.decimal(BigDecimal.valueOf(cl.score()))));
            out.add(Quad.create(g, claim, KINO.preferred,
                    NodeFactory.createLiteralDT(Boolean.toString(cl.preferred()), XSDDatatype.XSDboolean)));
            cl.evidence().forEach(e -> out.add(Quad.create(g, claim, KINO.supportedBy, e.reifier())));
        }
        return out;
    }

    /**
     * Recomputes {@code B graph/conflicts} in the store, one conflict at a time: each conflict's
     * quads replace what the graph held about it (its node and claims), and the conflicts no longer
     * found are removed afterwards. Memory holds one conflict and the IRIs of those found.
     *
     * @return how many conflicts the graph now holds
     */
    public static int replace(DatasetGraph dsg, Ids ids, TrustWeights weights) {
        Node g = ids.conflictsGraph();
        Set<Node> found = new java.util.HashSet<>();
        forEach(dsg, ids, weights, c -> {
            List<Quad> quads = quads(ids, c);
            Node node = quads.get(0).getSubject();
            found.add(node);
            replaceAbout(dsg, g, node, quads);
        });
        // what is about a conflict no longer found, or about no conflict at all, is removed
        List<Quad> stray = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!found.contains(aboutNode(g, q.getSubject()))) stray.add(q);
        });
        stray.forEach(dsg::delete);
        return found.size();
    }

    /** Replaces the quads whose subject is the conflict node or one of its claims by these. */
    private static void replaceAbout(DatasetGraph dsg, Node g, Node node, List<Quad> quads) {
        List<Quad> present = new ArrayList<>();
        dsg.find(g, node, Node.ANY, Node.ANY).forEachRemaining(present::add);
        for (Quad q : List.copyOf(present)) {
            if (q.getPredicate().equals(KINO.claim)) {
                dsg.find(g, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(present::add);
            }
        }
        ResolutionGraph.replace(dsg, present.iterator(), quads);
    }

    /** @return the conflict node a subject of the conflicts graph belongs to (a claim's is its parent). */
    private static Node aboutNode(Node g, Node subject) {
        String prefix = g.getURI() + "/c/";
        if (!subject.isURI() || !subject.getURI().startsWith(prefix)) return subject;
        String u = subject.getURI();
        int slash = u.indexOf('/', prefix.length());
        return slash < 0 ? subject : NodeFactory.createURI(u.substring(0, slash));
    }
}
