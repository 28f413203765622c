package org.kinograph.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random choices for the generator, all drawn from one {@link SplittableRandom}, so a seed fixes them. */
final class Pick {
    private final SplittableRandom random;

    Pick(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** @return an element of the list (which must not be empty) */
    <T> T one(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** @return one of the strings */
    String one(String... items) {
        return items[random.nextInt(items.length)];
    }

    /** @return true with probability p */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** @return an integer in [lo, hi] */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** @return a decimal in [lo, hi) */
    double decimal(double lo, double hi) {
        return lo + random.nextDouble() * (hi - lo);
    }

    /** @return a seed for another stream of choices */
    long seed() {
        return random.nextLong();
    }

    /** @return up to n distinct elements of the list, in a random order */
    <T> List<T> some(List<T> items, int n) {
        List<T> copy = new ArrayList<>(items);
        shuffle(copy);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    /** Shuffles the list in place (Fisher-Yates). */
    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
