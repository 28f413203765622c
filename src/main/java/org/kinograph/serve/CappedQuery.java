package org.kinograph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * The SPARQL query service with a result-size cap: a query without a LIMIT, or with a larger one,
 * gets {@code LIMIT cap}, so no request can make the server stream the whole store.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long cap;

    /** @param cap the most results (solutions) a query may return */
    CappedQuery(long cap) {
        this.cap = cap;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > cap)) {
            query.setLimit(cap);
        }
    }
}
