package org.kinograph.map;

/**
 * The stream a mapper writes to, in the manner of RIOT's {@code StreamRDF}: {@code start}, any
 * number of assertions, {@code finish}. Stages are sinks that pass on to the next stage.
 */
public interface AssertionSink {

    /** Called before the first assertion of a document. */
    default void start() {}

    /** Receives one assertion. */
    void assertion(Assertion assertion);

    /** Called after the last assertion of a document. */
    default void finish() {}
}
