package org.kinograph.model;

/**
 * A simple fact about the film: a field and the text that states it.
 *
 * @param field      what the text states
 * @param value      the value as written, with its span
 * @param rule       the extraction rule, recorded as {@code kino:method}
 * @param confidence how sure the rule is, in [0, 1]
 */
public record Fact(Field field, Value value, String rule, double confidence) {}
