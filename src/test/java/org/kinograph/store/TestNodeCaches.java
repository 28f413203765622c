package org.kinograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.vocab.Ids;

/** Node caches sized for the heap: smaller in a small heap, TDB2's defaults in a large one, applied to the store. */
public class TestNodeCaches {
    static final long MB = 1L << 20;
    static final StoreParams DEFAULTS = StoreParams.getDftStoreParams();

    @TempDir
    Path tmp;

    @Test
    void aSmallHeapGetsSmallerCaches() {
        StoreParams p = NodeCaches.params(512 * MB);
        assertThat(p.getNode2NodeIdCacheSize()).isBetween(10_000, DEFAULTS.getNode2NodeIdCacheSize() / 2);
        assertThat(p.getNodeId2NodeCacheSize()).isBetween(p.getNode2NodeIdCacheSize(), DEFAULTS.getNodeId2NodeCacheSize() / 2);
    }

    @Test
    void aLargeHeapGetsTheDefaultsAndNeverMore() {
        for (long heap : new long[] {8192 * MB, 64L * 1024 * MB}) {
            StoreParams p = NodeCaches.params(heap);
            assertThat(p.getNode2NodeIdCacheSize()).isEqualTo(DEFAULTS.getNode2NodeIdCacheSize());
            assertThat(p.getNodeId2NodeCacheSize()).isEqualTo(DEFAULTS.getNodeId2NodeCacheSize());
        }
    }

    @Test
    void cachesGrowWithTheHeapAndStayUsableInATinyOne() {
        StoreParams tiny = NodeCaches.params(16 * MB);
        assertThat(tiny.getNode2NodeIdCacheSize()).isGreaterThanOrEqualTo(1_000);
        int previous = 0;
        for (long heap = 64 * MB; heap <= 8192 * MB; heap *= 2) {
            int n = NodeCaches.params(heap).getNodeId2NodeCacheSize();
            assertThat(n).as("%d MB", heap / MB).isGreaterThanOrEqualTo(previous);
            previous = n;
        }
    }

    @Test
    void theStoreIsOpenedWithThem() {
        try (KinographStore store = KinographStore.open(tmp.resolve("s"), new Ids(Ids.DEFAULT_BASE))) {
            StoreParams used = TDBInternal.getDatasetGraphTDB(store.dataset()).getStoreParams();
            StoreParams want = NodeCaches.params();
            assertThat(used.getNode2NodeIdCacheSize()).isEqualTo(want.getNode2NodeIdCacheSize());
            assertThat(used.getNodeId2NodeCacheSize()).isEqualTo(want.getNodeId2NodeCacheSize());
        }
    }
}
