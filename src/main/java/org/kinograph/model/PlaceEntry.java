package org.kinograph.model;

/**
 * Where a post was written (a geotag).
 *
 * @param address    the address as written, or null
 * @param latitude   decimal degrees as written, or null
 * @param longitude  decimal degrees as written, or null
 * @param rule       extraction rule
 * @param confidence confidence in [0, 1]
 */
public record PlaceEntry(Value address, Value latitude, Value longitude, String rule, double confidence) {}
