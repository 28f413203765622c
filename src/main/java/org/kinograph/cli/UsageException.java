package org.kinograph.cli;

/** A mistake in how a command was called (exit code 2), e.g. a store that does not exist. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
