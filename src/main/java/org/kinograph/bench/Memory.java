package org.kinograph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak resident set size of a process, from Linux's {@code /proc/<pid>/status}. */
public final class Memory {
    private Memory() {}

    /** @return the VmHWM of a process in KiB, or 0 when it cannot be read (not Linux, process gone) */
    public static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** @return this JVM's peak resident set size in KiB, or 0 when it cannot be read */
    public static long selfPeakRssKb() {
        return peakRssKb(ProcessHandle.current().pid());
    }

    /**
     * Starts this JVM's peak resident set size again from its current size (Linux 4.0 and later:
     * {@code 5} written to {@code /proc/self/clear_refs}), so that a step run inside this JVM has
     * a peak of its own.
     *
     * @return true when the peak was reset; false when it cannot be (not Linux, not allowed)
     */
    public static boolean resetSelfPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
