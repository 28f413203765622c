package org.kinograph.resolve;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.kinograph.store.KinographStore;

/**
 * The entity-resolution stage: after documents are written (each with its mention IRIs, a pure
 * function of the document), decide which mentions are one thing, record the decisions in the
 * resolution graph, and rewrite the document graphs so that facts use one IRI per thing.
 */
public interface Resolver {

    /**
     * What one run did.
     *
     * @param mentions   mentions read (one per document and mention IRI)
     * @param entities   the things they resolve to
     * @param merged     mentions now written as another IRI, per kind
     * @param rewritten  document graphs rewritten in this run
     * @param alternates alternate names recorded
     * @param conflicts  entity properties the sources disagree on
     * @param seconds    wall time of each step (plan, rewrite, conflicts), in order
     */
    record Report(int mentions, int entities, Map<Kind, Integer> merged, int rewritten, int alternates, int conflicts,
            Map<String, Double> seconds) {

        /** @return one line for the ingest output. */
        public String summary() {
            StringJoiner kinds = new StringJoiner(", ");
            merged.forEach((k, n) -> {
                if (n > 0) kinds.add(n + " " + (n == 1 ? k.label() : plural(k)));
            });
            int total = merged.values().stream().mapToInt(Integer::intValue).sum();
            return String.format(Locale.ROOT, "%d mentions resolved to %d entities; %d merged%s; %d documents rewritten; "
                    + "%d alternate names; %d conflicts%s", mentions, entities, total,
                    total == 0 ? "" : " (" + kinds + ")", rewritten, alternates, conflicts, timing());
        }

        private String timing() {
            if (seconds.isEmpty()) return "";
            StringJoiner steps = new StringJoiner(", ", " (", ")");
            seconds.forEach((step, s) -> steps.add(String.format(Locale.ROOT, "%s %.1f s", step, s)));
            return steps.toString();
        }

        private static String plural(Kind k) {
            return switch (k) {
                case PERSON -> "people";
                case COUNTRY -> "countries";
                default -> k.label() + "s";
            };
        }
    }

    /**
     * Resolves the whole store: a deterministic function of the mentions it holds, so the result
     * does not depend on the order documents came in; decisions that no longer hold are undone.
     *
     * @param store the store (its own write transactions; the store is consistent between them)
     * @return what was done
     */
    Report resolve(KinographStore store);
}
