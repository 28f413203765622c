package org.kinograph.model;

/**
 * The work the film is based on.
 *
 * @param kind       what it is, as written ("cell phone novel", "manga")
 * @param name       its title, or null when it is "of the same name" as the film
 * @param author     its author, or null
 * @param evidence   the phrase that states it
 * @param rule       extraction rule
 * @param confidence confidence in [0, 1]
 */
public record SourceWorkEntry(Value kind, Value name, Value author, Value evidence, String rule,
        double confidence) {}
