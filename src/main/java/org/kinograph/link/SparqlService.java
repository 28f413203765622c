package org.kinograph.link;

import java.util.List;

import org.apache.jena.query.QuerySolution;

/** Somewhere SELECT queries can be answered: a graph read from a file, or a SPARQL endpoint. */
public interface SparqlService {
    /**
     * @return every solution of a SELECT query
     * @throws EndpointException when a remote endpoint cannot answer
     */
    List<QuerySolution> select(String query);

    /** @return what this is, for messages and provenance ("file F", "endpoint URL"). */
    String describe();
}
