package org.kinograph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a Java program in a child JVM with this JVM's classpath and measures its wall time, its peak
 * resident set size ({@code /usr/bin/time -f %M} when installed, else the child's VmHWM read from
 * {@code /proc} while it runs) and the most heap it still used after a garbage collection (from its
 * GC log; unlike the RSS it leaves out the store's memory-mapped files). A collector given a heap
 * cap lets the heap fill toward it before collecting old objects, so with {@code -Xmx} the figure
 * comes close to the cap whatever the program holds: it tells what the program needs only when it
 * stays well below the cap.
 */
public final class Subprocess {

    /**
     * What a child run took.
     *
     * @param seconds wall time
     * @param peakRssKb peak resident set size in KiB (0 when it could not be measured)
     * @param heapAfterGcMb the most heap in use right after a collection, in MiB (0 when it never collected)
     * @param exit    the exit code
     * @param output  standard output and error, merged
     */
    public record Result(double seconds, long peakRssKb, long heapAfterGcMb, int exit, String output) {}

    /** "GC(3) Pause Young (Normal) (G1 Evacuation Pause) 120M->45M(512M) 3.456ms": 45. */
    private static final Pattern AFTER_GC = Pattern.compile("\\bGC\\(\\d+\\) Pause.* \\d+M->(\\d+)M\\(\\d+M\\)");

    private static final Path TIME = Path.of("/usr/bin/time");

    private Subprocess() {}

    /**
     * Runs {@code java [jvmOptions] -cp <classpath> mainClass args} and waits for it.
     *
     * @param work       a folder for the child's log and timing files
     * @param name       a name for those files
     * @param jvmOptions options for the child JVM (heap size …)
     * @param mainClass  the class to run
     * @param args       its arguments
     * @return wall time, peak RSS, exit code and output
     * @throws IOException when the child cannot be started
     */
    public static Result java(Path work, String name, List<String> jvmOptions, String mainClass, List<String> args)
            throws IOException {
        Path log = work.resolve(name + ".log");
        Path time = work.resolve(name + ".time");
        Path gc = work.resolve(name + ".gc");
        Files.deleteIfExists(gc);
        List<String> cmd = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) cmd.addAll(List.of(TIME.toString(), "-f", "%M", "-o", time.toString()));
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xlog:gc:file=" + gc);
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        long started = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long polled = waitPolling(p, !timed);
        double seconds = (System.nanoTime() - started) / 1e9;
        long rss = timed ? readTime(time) : polled;
        long heap = Files.exists(gc) ? maxHeapAfterGcMb(Files.readAllLines(gc, StandardCharsets.UTF_8)) : 0;
        return new Result(seconds, rss, heap, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * @param gcLog the lines of a unified GC log ({@code -Xlog:gc})
     * @return the most heap in use right after a pause, in MiB; 0 when there was none
     */
    static long maxHeapAfterGcMb(List<String> gcLog) {
        long max = 0;
        for (String line : gcLog) {
            Matcher m = AFTER_GC.matcher(line);
            if (m.find()) max = Math.max(max, Long.parseLong(m.group(1)));
        }
        return max;
    }

    /** Waits for the child; when asked, polls its VmHWM meanwhile and returns the last value read. */
    private static long waitPolling(Process p, boolean poll) {
        long peak = 0;
        try {
            while (!p.waitFor(poll ? 20 : 1000, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (poll) peak = Math.max(peak, Memory.peakRssKb(p.pid()));
            }
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
        }
        return peak;
    }

    private static long readTime(Path time) throws IOException {
        List<String> lines = Files.readAllLines(time, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i).trim();
            if (l.matches("\\d+")) return Long.parseLong(l);
        }
        return 0;
    }
}
