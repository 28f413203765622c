package org.kinograph.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the pure steps of one document (reading, detecting, parsing, mapping) on a worker thread
 * with a deadline, so that no document can hold up an ingest. A step past its deadline is
 * interrupted and abandoned: its result is never used, and since it writes nothing, the store is
 * untouched. The workers are daemon threads that end when idle.
 */
final class TimeBudget {
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** The workers' stack: deep enough for the regular expressions of long, deeply nested input. */
    private static final long STACK = 16L << 20;

    private final Duration limit;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "kinograph-document-" + THREADS.incrementAndGet(), STACK);
        t.setDaemon(true);
        return t;
    });

    /** @param limit the time one document may take */
    TimeBudget(Duration limit) {
        this.limit = limit;
    }

    /** @return the deadline of a document starting now, for {@link #call}. */
    long deadline() {
        return System.nanoTime() + limit.toNanos();
    }

    /** @return the time one document may take. */
    Duration limit() {
        return limit;
    }

    /**
     * Runs a step on a worker.
     *
     * @param step     the step
     * @param deadline from {@link #deadline()}
     * @return the step's result
     * @throws Exceeded          when the deadline passes first
     * @throws ExecutionException with whatever the step threw (errors included)
     */
    <T> T call(Callable<T> step, long deadline) throws Exceeded, ExecutionException {
        Future<T> f = workers.submit(step);
        try {
            return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Exceeded();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Exceeded();
        }
    }

    /** A document that took longer than the budget. */
    static final class Exceeded extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
