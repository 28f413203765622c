package org.kinograph.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.kinograph.vocab.KINO;

/**
 * Counts of what a store holds.
 *
 * @param documents sources (document versions) in the meta graph
 * @param graphs    named graphs
 * @param quads     quads in all named graphs
 * @param entities  distinct subjects per rdf:type in the union graph, largest first
 */
public record Stats(long documents, long graphs, long quads, Map<String, Long> entities) {

    /** @return the counts of a store. */
    public static Stats of(KinographStore store) {
        return store.dataset().calculateRead(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            long docs = count(dsg.find(Node.ANY, Node.ANY, KINO.contentHash, Node.ANY));
            long graphs = count(dsg.listGraphNodes());
            long quads = count(dsg.find());
            return new Stats(docs, graphs, quads, entities(store));
        });
    }

    private static Map<String, Long> entities(KinographStore store) {
        String q = "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class";
        Map<String, Long> out = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(QueryRunner.parse(q))
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.put(s.getResource("class").getURI(), s.getLiteral("n").getLong());
            }
        }
        return out;
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
