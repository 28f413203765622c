package org.kinograph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestQueryLoad {
    @Test
    void nearestRankPercentilesInMilliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) nanos[i] = (100 - i) * 1_000_000L;
        double[] p = QueryLoad.percentiles(nanos, i -> true);
        assertThat(p).containsExactly(50.0, 95.0, 99.0);
    }

    @Test
    void percentilesOfASelection() {
        long[] nanos = {1_000_000, 9_000_000, 2_000_000, 9_000_000};
        assertThat(QueryLoad.percentiles(nanos, i -> i % 2 == 0)).containsExactly(1.0, 2.0, 2.0);
        assertThat(QueryLoad.percentiles(nanos, i -> false)[0]).isNaN();
    }
}
