package org.kinograph.model;

import java.util.List;

/**
 * One award or nomination. Cells inherited from a row above keep that row's span.
 *
 * @param year       the year, or null
 * @param award      the award or ceremony name, or null
 * @param category   the category, or null
 * @param result     the result as written ("Won", "Nominated"), or null
 * @param recipients the people (or the film's title) honoured; may be empty
 * @param note       a note such as "Also for X", or null
 * @param row        the whole row, the evidence for the accolade itself
 * @param rule       extraction rule
 * @param confidence confidence in [0, 1]
 */
public record AccoladeEntry(Value year, Value award, Value category, Value result, List<Value> recipients,
        Value note, Value row, String rule, double confidence) {}
