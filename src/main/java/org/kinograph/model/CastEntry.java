package org.kinograph.model;

/**
 * One cast line. Either side may be missing when the document lost it; both are never missing.
 *
 * @param actor      the performer, or null
 * @param character  the character played, or null
 * @param rule       extraction rule
 * @param confidence confidence in [0, 1]
 */
public record CastEntry(Value actor, Value character, String rule, double confidence) {}
