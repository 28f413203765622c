package org.kinograph.link;

/** A SPARQL endpoint could not answer (down, too slow, an HTTP error, not SPARQL results). */
public final class EndpointException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, naming the endpoint's URL */
    public EndpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
