package org.kinograph.model;

/**
 * A rating: "7.1 out of 10 on IMDb" (a third party's, on the film) or a review's own score.
 *
 * @param value      the score as written ("7.1")
 * @param best       the top of the scale as written ("10"), or null when unknown
 * @param author     who rates ("IMDb"), or null (a review's own rating is its author's)
 * @param rule       extraction rule
 * @param confidence confidence in [0, 1]
 */
public record RatingEntry(Value value, Value best, Value author, String rule, double confidence) {}
