package org.kinograph.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code kinograph ingest} in a process of its own, killed with SIGKILL at a planned moment or
 * left to finish. Its output is read as it comes, one line per document.
 */
public final class IngestProcess {
    /**
     * How a run ended.
     *
     * @param exit          the exit code (137 after SIGKILL)
     * @param killed        true when this class killed it
     * @param killedAtMillis when, after the start (or -1)
     * @param documentsWritten the "ok" lines it printed
     * @param output        everything it printed
     */
    public record Ended(int exit, boolean killed, long killedAtMillis, int documentsWritten, List<String> output) {}

    /**
     * The JVM options of every run: a bounded heap, fixed timestamps (so that runs compare equal),
     * and the quick-starting compiler (runs are short).
     */
    public static final List<String> JVM = List.of("-Xmx512m", "-Dkinograph.sourceDateEpoch=1700000000",
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private IngestProcess() {}

    /**
     * Runs an ingest to its end, or to the kill.
     *
     * @param store   the store folder
     * @param corpus  what to ingest
     * @param plan    when to kill it, or null to let it finish
     * @param timeoutSeconds the longest the run may take (a run still going then is killed and reported)
     * @param extra   more options of the ingest command
     */
    public static Ended run(Path store, Path corpus, KillPlan plan, long timeoutSeconds, String... extra) {
        List<String> args = new ArrayList<>(List.of("ingest", "--no-progress", "--store", store.toString()));
        args.addAll(List.of(extra));
        args.add(corpus.toString());
        ProcessBuilder pb = new ProcessBuilder(JavaCommand.kinograph(JVM, args.toArray(String[]::new)))
                .redirectErrorStream(true);
        try {
            long start = System.nanoTime();
            Process p = pb.start();
            Reader reader = new Reader(p, plan);
            reader.start();
            long killedAt = waitOrKill(p, plan, reader, start);
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                reader.join();
                throw new AssertionError("ingest did not end within " + timeoutSeconds + " s: " + reader.lines);
            }
            reader.join();
            boolean killed = killedAt >= 0 && p.exitValue() != 0; // exit 0: it ended just before the kill landed
            return new Ended(p.exitValue(), killed, killed ? killedAt : -1, reader.ok, List.copyOf(reader.lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** @return when the process was killed (ms after start), or -1 when it ended first. */
    private static long waitOrKill(Process p, KillPlan plan, Reader reader, long start) throws InterruptedException {
        if (plan == null) return -1;
        if (plan.atMillis() >= 0) {
            if (p.waitFor(plan.atMillis(), TimeUnit.MILLISECONDS)) return -1;
        } else {
            while (!reader.reached.await(20, TimeUnit.MILLISECONDS)) {
                if (!p.isAlive()) return -1;
            }
            Thread.sleep(plan.extraMillis());
        }
        if (!p.isAlive()) return -1;
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally block runs
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Reads the output, counting the documents reported written. */
    private static final class Reader extends Thread {
        final List<String> lines = new ArrayList<>();
        final CountDownLatch reached = new CountDownLatch(1);
        private final Process p;
        private final int target;
        volatile int ok;

        Reader(Process p, KillPlan plan) {
            this.p = p;
            this.target = plan == null ? -1 : plan.afterDocs();
            setDaemon(true);
            if (target == 0) reached.countDown();
        }

        @Override
        public void run() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.startsWith("ok ") && ++ok >= target && target > 0) reached.countDown();
                }
            } catch (IOException e) {
                synchronized (lines) {
                    lines.add("(output lost: " + e + ")");
                }
            }
        }
    }
}
