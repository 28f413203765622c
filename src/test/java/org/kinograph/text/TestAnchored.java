package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

public class TestAnchored {
    private static final Pattern AS = Pattern.compile("\\G\\s+as\\s+");
    private static final Pattern WORD_START = Pattern.compile("\\b[A-Z]\\w*");

    @Test
    void matchesAtThePositionOnly() {
        String s = "Ann Bee as Cora and Dan as Eve";
        Matcher m = Anchored.at(AS, s, 7);
        assertThat(m).isNotNull();
        assertThat(m.start()).isEqualTo(7);
        assertThat(m.end()).isEqualTo(11);
        assertThat(Anchored.at(AS, s, 6)).as("not at 6, though there is one later").isNull();
        assertThat(Anchored.at(AS, s, s.length())).isNull();
        assertThat(Anchored.at(AS, s, s.length() + 1)).isNull();
        assertThat(Anchored.at(AS, s, -1)).isNull();
    }

    @Test
    void boundariesSeeTheTextBeforeThePosition() {
        assertThat(Anchored.at(WORD_START, "xAnn", 1)).as("no word boundary inside a word").isNull();
        assertThat(Anchored.at(WORD_START, "x Ann", 2).group()).isEqualTo("Ann");
    }

    @Test
    void manyFailedLooksAtALongLineAreCheap() {
        String line = "x".repeat(1_000_000);
        long t0 = System.nanoTime();
        for (int i = 0; i < 20_000; i++) assertThat(Anchored.at(AS, line, i)).isNull();
        // find(i) would scan the rest of the line each time: 20,000 x 1,000,000 steps
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
    }
}
