package org.kinograph.store;

/** The store could not be opened or written. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, naming the store; @param cause the underlying error */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
