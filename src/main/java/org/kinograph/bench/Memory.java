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
}
