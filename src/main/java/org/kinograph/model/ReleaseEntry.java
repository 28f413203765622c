package org.kinograph.model;

/**
 * A release of the film somewhere or on some medium.
 *
 * @param date       the date as written (required)
 * @param country    the place as written, or null
 * @param publisher  the releasing organization as written, or null
 * @param medium     the medium word as written ("DVD", "cinemas"), or null
 * @param rule       extraction rule
 * @param confidence confidence in [0, 1]
 */
public record ReleaseEntry(Value date, Value country, Value publisher, Value medium, String rule,
        double confidence) {}
