package org.kinograph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TestSubprocess {
    @Test
    void mostHeapAfterAPauseFromAUnifiedGcLog() {
        List<String> log = List.of(
                "[0.012s][info][gc] Using G1",
                "[1.204s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->7M(512M) 3.120ms",
                "[3.881s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 301M->188M(512M) 9.004ms",
                "[3.990s][info][gc] GC(2) Concurrent Mark Cycle",
                "[5.002s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 498M->402M(512M) 310.551ms",
                "[6.100s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 450M->210M(512M) 4.210ms");
        assertThat(Subprocess.maxHeapAfterGcMb(log)).isEqualTo(402);
    }

    @Test
    void noPauseNoFigure() {
        assertThat(Subprocess.maxHeapAfterGcMb(List.of("[0.012s][info][gc] Using G1"))).isZero();
    }

    @Test
    void aChildRunReportsItsHeapAfterCollections() throws Exception {
        java.nio.file.Path work = java.nio.file.Files.createTempDirectory("kinograph-subprocess");
        Subprocess.Result r = Subprocess.java(work, "gc", List.of("-Xmx64m"), Churn.class.getName(), List.of());
        assertThat(r.exit()).isZero();
        assertThat(r.heapAfterGcMb()).isBetween(1L, 64L);
    }

    /** Allocates enough to collect a few times, keeping about 8 MB alive. */
    public static final class Churn {
        public static void main(String[] args) {
            byte[][] kept = new byte[8][];
            for (int i = 0; i < 2_000; i++) {
                byte[] b = new byte[256 * 1024];
                kept[i % kept.length] = b;
            }
            System.out.println(kept.length);
        }
    }
}
