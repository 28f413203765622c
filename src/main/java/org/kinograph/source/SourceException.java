package org.kinograph.source;

/** A file that cannot be read as a text document; the message says why. */
public class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param reason a short reason, e.g. "binary file (NUL bytes)" */
    public SourceException(String reason) {
        super(reason);
    }

    /** @param reason a short reason; @param cause the I/O error behind it */
    public SourceException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
