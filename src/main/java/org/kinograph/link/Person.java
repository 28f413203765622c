package org.kinograph.link;

import java.util.List;

/**
 * A person as the matcher sees it.
 *
 * @param id    the IRI (may be null when a source gives a name only)
 * @param names the names and labels as written
 */
public record Person(String id, List<String> names) {}
