package org.kinograph.reliability;

import java.util.Locale;
import java.util.Random;

/**
 * When to kill an ingest: at a time after the process started (during start-up and the creation
 * of the store, or anywhere in a bulk load), or once it has reported a number of documents written,
 * plus a few milliseconds (so that the kill lands inside the next document's reading, mapping or
 * transaction).
 *
 * @param atMillis  kill this long after the start, or -1
 * @param afterDocs kill once this many documents are reported written, or -1
 * @param extraMillis then wait this long before killing
 */
public record KillPlan(long atMillis, int afterDocs, long extraMillis) {

    /**
     * @return a random plan for an ingest of {@code docs} documents into a store that holds some
     *         already (one transaction per document): early in one trial out of six.
     */
    public static KillPlan random(Random r, int docs) {
        if (r.nextInt(6) == 0) return new KillPlan(100 + r.nextInt(1400), -1, 0);
        return new KillPlan(-1, r.nextInt(Math.max(1, docs - 1)), r.nextInt(40));
    }

    /**
     * @param millis how long an uninterrupted run takes
     * @return a random moment of an ingest into an empty store, which goes through the bulk loader
     *         and reports its documents only once the whole load is committed: a time from the
     *         start to a little past the run's usual end (start-up, mapping and loading, commit,
     *         entity resolution)
     */
    public static KillPlan during(Random r, long millis) {
        return new KillPlan(100 + r.nextInt((int) Math.min(Integer.MAX_VALUE - 1, millis + 500)), -1, 0);
    }

    @Override
    public String toString() {
        return atMillis >= 0 ? String.format(Locale.ROOT, "%d ms after start", atMillis)
                : String.format(Locale.ROOT, "after %d documents + %d ms", afterDocs, extraMillis);
    }
}
