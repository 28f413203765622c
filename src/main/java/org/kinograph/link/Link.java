package org.kinograph.link;

import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * A link found, about to be written: {@code subject owl:sameAs object} or
 * {@code subject skos:closeMatch object}, with the provenance of its reifier.
 *
 * @param subject     our resource's IRI
 * @param object      the target resource's IRI
 * @param outcome     {@link Outcome#SAME_AS} or {@link Outcome#CLOSE_MATCH}
 * @param method      how it was found ("link/film-match", "link/wikipedia-page", …)
 * @param confidence  the score, in [0, 1]
 * @param features    per-feature similarities (kino: property → value)
 * @param supportedBy the film link a person link rests on, or null
 */
public record Link(String subject, String object, Outcome outcome, String method, double confidence,
        Map<Node, Double> features, Link supportedBy) {}
