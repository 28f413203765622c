package org.kinograph.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one file.
 *
 * @param path     the file
 * @param status   ok, unchanged, skipped or failed
 * @param genre    the detected genre, or null
 * @param triples  extracted triples written (0 unless ok)
 * @param detail   "new", "replaced older version", or why it was skipped or failed
 * @param warnings problems found in the document that did not stop it ("line 12: not a date")
 */
public record Outcome(Path path, Status status, String genre, long triples, String detail, List<String> warnings) {

    /** The status of a file after ingest. */
    public enum Status {
        /** Written to the store. */ OK,
        /** Already in the store with the same bytes. */ UNCHANGED,
        /** Not a text, not of a known genre, or about no film: reported, not guessed at. */ SKIPPED,
        /** Reading or mapping went wrong; the store is as it was. */ FAILED
    }

    static Outcome skipped(Path path, String genre, String why) {
        return new Outcome(path, Status.SKIPPED, genre, 0, why, List.of());
    }

    static Outcome failed(Path path, String genre, String why, List<String> warnings) {
        return new Outcome(path, Status.FAILED, genre, 0, why, warnings);
    }
}
