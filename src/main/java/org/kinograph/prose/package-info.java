/**
 * Readers of what prose says about a film, shared by every genre: sentence-level facts ("is a 1953
 * Japanese film", "directed by X", "stars A and B as C and D", "based on a novel of the same name",
 * "grossed a total of $N", "8.2 out of 10 on IMDb", "won the X Award for Best Y") and labelled
 * {@code Key: value} lines (infoboxes, a blog's "Release date:" line). Every value keeps its span;
 * rule names are given by the caller, so each genre records its own {@code kino:method}.
 */
package org.kinograph.prose;
