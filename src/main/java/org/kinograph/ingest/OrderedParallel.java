package org.kinograph.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a pure function over inputs on several threads and hands the results to one consumer, on
 * the calling thread, in input order. At most a fixed window of results is in flight, so memory
 * does not grow with the number of inputs.
 */
public final class OrderedParallel {
    private OrderedParallel() {}

    /**
     * Maps inputs in parallel and consumes the results in order.
     *
     * @param inputs  the inputs, in order
     * @param work    the function (must not throw; it runs on worker threads)
     * @param threads worker threads (1 or more)
     * @param window  the most results computed ahead of the consumer
     * @param sink    receives each result in input order, on the calling thread
     * @param <I> input type
     * @param <O> result type
     */
    public static <I, O> void forEach(List<I> inputs, Function<I, O> work, int threads, int window, Consumer<O> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kinograph-map");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<O>> ahead = new ArrayDeque<>();
        try {
            for (I in : inputs) {
                ahead.add(pool.submit(() -> work.apply(in)));
                if (ahead.size() >= window) sink.accept(take(ahead));
            }
            while (!ahead.isEmpty()) sink.accept(take(ahead));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O take(Deque<Future<O>> ahead) {
        try {
            return ahead.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}
