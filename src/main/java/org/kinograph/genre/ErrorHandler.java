package org.kinograph.genre;

/**
 * Receives the problems found while reading a document, named by document and position, in the
 * manner of RIOT's error handler. Warnings do not stop a document; errors fail it.
 */
public interface ErrorHandler {

    /**
     * A recoverable problem (a value that could not be understood and was left out).
     *
     * @param document the document's file name
     * @param line     1-based line, or -1 when unknown
     * @param column   1-based column, or -1
     * @param message  what was wrong
     */
    void warning(String document, long line, long column, String message);

    /** A problem that fails the document; same arguments as {@link #warning}. */
    void error(String document, long line, long column, String message);

    /** @return a handler that drops everything. */
    static ErrorHandler silent() {
        return new ErrorHandler() {
            @Override public void warning(String d, long l, long c, String m) {}
            @Override public void error(String d, long l, long c, String m) {}
        };
    }
}
