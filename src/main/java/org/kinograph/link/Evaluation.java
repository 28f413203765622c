package org.kinograph.link;

import java.util.HashSet;
import java.util.Set;

/**
 * Precision, recall and F1 of predicted links against gold links.
 *
 * @param predicted how many links were predicted
 * @param gold      how many gold links there are
 * @param correct   how many predicted links are gold
 */
public record Evaluation(int predicted, int gold, int correct) {

    /** @return the evaluation of a set of predicted pairs. */
    public static Evaluation of(Set<LimesFiles.Pair> predicted, Set<LimesFiles.Pair> gold) {
        Set<LimesFiles.Pair> hit = new HashSet<>(predicted);
        hit.retainAll(gold);
        return new Evaluation(predicted.size(), gold.size(), hit.size());
    }

    /** @return correct / predicted (1 when nothing was predicted). */
    public double precision() {
        return predicted == 0 ? 1 : (double) correct / predicted;
    }

    /** @return correct / gold (1 when there is no gold link). */
    public double recall() {
        return gold == 0 ? 1 : (double) correct / gold;
    }

    /** @return the harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
