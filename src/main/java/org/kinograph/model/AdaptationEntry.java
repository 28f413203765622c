package org.kinograph.model;

/**
 * A work made from the film, as a document claims it ("It was also adapted into a TV drama
 * series in 2008").
 *
 * @param kind       what it is, as written ("TV drama series", "manga")
 * @param year       the year it was made, or null
 * @param evidence   the phrase that states it
 * @param rule       extraction rule
 * @param confidence confidence in [0, 1]
 */
public record AdaptationEntry(Value kind, Value year, Value evidence, String rule, double confidence) {}
