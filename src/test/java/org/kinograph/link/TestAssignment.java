package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Greedy assignment by score, with ties. */
public class TestAssignment {
    private static Assignment.Candidate c(int s, int t, double score) {
        return new Assignment.Candidate(s, t, score, Features.title(score));
    }

    private static List<String> kept(Assignment a, Assignment.Candidate... cs) {
        return a.assign(List.of(cs)).stream()
                .map(k -> k.candidate().source() + "-" + k.candidate().target() + (k.ambiguous() ? "?" : "")).toList();
    }

    @Test
    void oneToOneTakesTheBestFirst() {
        Assignment a = new Assignment(true, true);
        // 0-0 is best; 0-1 and 1-0 are blocked by it; 1-1 is free
        assertThat(kept(a, c(0, 1, 0.95), c(0, 0, 0.99), c(1, 0, 0.97), c(1, 1, 0.8))).containsExactly("0-0", "1-1");
    }

    @Test
    void sourceUniqueLetsOneSourceTakeSeveralTargets() {
        Assignment a = new Assignment(true, false);
        // target 0 goes to source 0 only; source 0 also keeps target 1
        assertThat(kept(a, c(0, 0, 0.99), c(1, 0, 0.9), c(0, 1, 0.95))).containsExactly("0-0", "0-1");
    }

    @Test
    void targetUniqueLetsOneTargetServeSeveralSources() {
        Assignment a = new Assignment(false, true);
        assertThat(kept(a, c(0, 0, 0.99), c(1, 0, 0.9), c(0, 1, 0.95))).containsExactly("0-0", "1-0");
    }

    @Test
    void aTieMakesBothAmbiguous() {
        Assignment a = new Assignment(true, false);
        assertThat(kept(a, c(0, 0, 1.0), c(1, 0, 1.0), c(2, 0, 0.9))).containsExactly("0-0?", "1-0?");
    }

    @Test
    void aTieWithALowerPairIsNoTie() {
        Assignment a = new Assignment(true, true);
        assertThat(kept(a, c(0, 0, 1.0), c(1, 0, 0.999))).containsExactly("0-0");
    }

    @Test
    void noConstraintKeepsEverything() {
        Assignment a = new Assignment(false, false);
        assertThat(kept(a, c(0, 0, 1.0), c(1, 0, 1.0), c(0, 1, 0.8))).containsExactly("0-0", "1-0", "0-1");
    }
}
