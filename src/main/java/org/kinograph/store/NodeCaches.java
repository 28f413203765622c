package org.kinograph.store;

import org.apache.jena.tdb2.params.StoreParams;

/**
 * The sizes of TDB2's node caches (node → id, id → node), chosen for the heap. TDB2's defaults
 * (200,000 and 1,000,000 entries in Jena 5.6) assume a heap of gigabytes: in a small heap the full
 * caches leave too little room for the bulk loader's batches and the mapping, and the collector
 * runs without end (10,000 documents in a 512 MB heap: 3,681 collections and 136 s with the defaults, 957 and
 * 112 s with a sixth of them). The caches get one entry per {@link #HEAP_BYTES_PER_ENTRY} bytes of
 * the heap, a third node → id and two thirds id → node, and never more than the defaults.
 */
final class NodeCaches {
    /** Bytes of maximum heap per cache entry (an entry with its node and id holds about 200). */
    static final long HEAP_BYTES_PER_ENTRY = 3_500;

    private NodeCaches() {}

    /** @return the store parameters for this JVM's heap. */
    static StoreParams params() {
        return params(Runtime.getRuntime().maxMemory());
    }

    /**
     * @param maxHeapBytes the most heap the JVM may use
     * @return TDB2's default store parameters with node caches that fit that heap
     */
    static StoreParams params(long maxHeapBytes) {
        StoreParams dft = StoreParams.getDftStoreParams();
        long entries = maxHeapBytes / HEAP_BYTES_PER_ENTRY;
        int n2id = (int) Math.min(dft.getNode2NodeIdCacheSize(), Math.max(1_000, entries / 3));
        int id2n = (int) Math.min(dft.getNodeId2NodeCacheSize(), Math.max(1_000, entries - entries / 3));
        return StoreParams.builder(dft).node2NodeIdCacheSize(n2id).nodeId2NodeCacheSize(id2n).build();
    }
}
