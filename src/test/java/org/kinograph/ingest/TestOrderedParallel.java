package org.kinograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TestOrderedParallel {
    @Test
    void resultsComeInInputOrderWithABoundedWindow() {
        List<Integer> inputs = IntStream.range(0, 500).boxed().toList();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> out = new ArrayList<>();
        OrderedParallel.forEach(inputs, i -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            if (i % 7 == 0) sleep();
            return i * 2;
        }, 4, 8, r -> {
            inFlight.decrementAndGet();
            out.add(r);
        });
        assertThat(out).isEqualTo(inputs.stream().map(i -> i * 2).toList());
        assertThat(most.get()).isBetween(2, 8);
    }

    @Test
    void aFailureReachesTheCaller() {
        assertThatThrownBy(() -> OrderedParallel.forEach(List.of(1, 2, 3), i -> {
            if (i == 2) throw new IllegalArgumentException("two");
            return i;
        }, 2, 4, r -> {})).isInstanceOf(IllegalArgumentException.class).hasMessage("two");
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
