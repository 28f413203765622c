package org.kinograph.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.TDB2;
import org.kinograph.store.QueryRunner;
import org.kinograph.vocab.Prefixes;

/**
 * What the store says about one resource, for its Linked Data page: the triples it is the subject
 * or object of (in any document), their reifiers, and each fact's evidence and source file. The
 * meta graph's mention index, which points at every mention IRI, is not listed as referring to it.
 */
final class ResourceDescription {

    /** One fact about the resource with one piece of its evidence (evidence fields may be null). */
    record Fact(Node property, Node value, boolean incoming, String anchor, String method, String confidence,
            String file, Node graph) {}

    private static final String FACTS = """
            SELECT ?p ?o ?in ?g ?anchor ?method ?conf ?file WHERE {
              { GRAPH ?g { ?this ?p ?o } BIND(false AS ?in) }
              UNION
              { GRAPH ?g { ?o ?p ?this } BIND(true AS ?in) FILTER(?p != rdf:reifies && !STRENDS(STR(?g), "/graph/meta")) }
              FILTER NOT EXISTS { GRAPH ?g { ?this rdf:reifies ?any } }
              OPTIONAL {
                GRAPH ?g { ?r rdf:reifies ?t ; nif:anchorOf ?anchor ; kino:method ?method ; kino:confidence ?conf ;
                                 prov:wasDerivedFrom ?src }
                FILTER(?t = IF(?in, TRIPLE(?o, ?p, ?this), TRIPLE(?this, ?p, ?o)))
                OPTIONAL { GRAPH ?meta { ?src kino:fileName ?file } }
              }
            } ORDER BY ?in ?p ?o ?file
            """;

    private static final String GRAPH = """
            CONSTRUCT { ?this ?p ?o . ?x ?q ?this . ?r ?rp ?ro }
            WHERE {
              { GRAPH ?g { ?this ?p ?o } FILTER NOT EXISTS { GRAPH ?g { ?this rdf:reifies ?any } } }
              UNION { GRAPH ?g { ?x ?q ?this } FILTER(?q != rdf:reifies && !STRENDS(STR(?g), "/graph/meta")) }
              UNION { GRAPH ?g { ?r rdf:reifies ?t ; ?rp ?ro }
                      FILTER(isTRIPLE(?t) && (SUBJECT(?t) = ?this || OBJECT(?t) = ?this)) }
            }
            """;

    private ResourceDescription() {}

    /** @return true when the resource is the subject or object of a fact in the store. */
    static boolean exists(Dataset ds, Node iri) {
        return ds.calculateRead(() -> ds.asDatasetGraph().find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext()
                || ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, iri).hasNext());
    }

    /** @return the resource's facts (both directions) with their reifiers, as one graph. */
    static Graph graph(Dataset ds, Node iri) {
        return ds.calculateRead(() -> {
            try (QueryExecution qe = exec(ds, GRAPH, iri)) {
                Model m = qe.execConstruct();
                m.setNsPrefixes(Prefixes.get());
                return m.getGraph();
            }
        });
    }

    /** @return the resource's facts with their evidence, outgoing first. */
    static List<Fact> facts(Dataset ds, Node iri) {
        return ds.calculateRead(() -> {
            List<Fact> out = new ArrayList<>();
            try (QueryExecution qe = exec(ds, FACTS, iri)) {
                qe.execSelect().forEachRemaining(s -> out.add(fact(s)));
            }
            return out;
        });
    }

    /** @return the schema:name of each resource that has one (any document's). */
    static java.util.Map<Node, String> names(Dataset ds, java.util.Collection<Node> resources) {
        java.util.Map<Node, String> out = new java.util.HashMap<>();
        ds.calculateRead(() -> {
            for (Node r : resources) {
                var it = ds.asDatasetGraph().find(Node.ANY, r, org.kinograph.vocab.SCHEMA.name, Node.ANY);
                if (it.hasNext()) out.put(r, it.next().getObject().getLiteralLexicalForm());
            }
            return out;
        });
        return out;
    }

    private static Fact fact(QuerySolution s) {
        return new Fact(s.get("p").asNode(), s.get("o").asNode(), s.getLiteral("in").getBoolean(),
                text(s, "anchor"), text(s, "method"), text(s, "conf"), text(s, "file"), s.get("g").asNode());
    }

    private static String text(QuerySolution s, String var) {
        return s.contains(var) ? s.get(var).asNode().getLiteralLexicalForm() : null;
    }

    private static QueryExecution exec(Dataset ds, String query, Node iri) {
        return QueryExecution.dataset(ds).query(QueryRunner.parse(query))
                .substitution("this", org.apache.jena.rdf.model.ResourceFactory.createResource(iri.getURI())).set(TDB2.symUnionDefaultGraph, false).build();
    }
}
