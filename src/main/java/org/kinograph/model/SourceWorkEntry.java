package org.kinograph.model;

/**
 * The work the film is based on.
 *
 * @param kind          what it is, as written ("cell phone novel", "manga")
 * @param name          its title, or null when it is "of the same name" as the film
 * @param alternateName another title of the work (a translation of the title), or null
 * @param author        its author, or null
 * @param evidence      the phrase that states it
 * @param rule          extraction rule
 * @param confidence    confidence in [0, 1]
 */
public record SourceWorkEntry(Value kind, Value name, Value alternateName, Value author, Value evidence,
        String rule, double confidence) {

    /** A source work without another title. */
    public SourceWorkEntry(Value kind, Value name, Value author, Value evidence, String rule, double confidence) {
        this(kind, name, null, author, evidence, rule, confidence);
    }

    /** @return the same work with its title (and the title's translation, or null) stated elsewhere. */
    public SourceWorkEntry titled(Value title, Value translation) {
        return new SourceWorkEntry(kind, title, translation, author, evidence, rule, confidence);
    }
}
