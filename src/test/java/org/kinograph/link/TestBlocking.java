package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which pairs are compared. */
public class TestBlocking {
    private static List<PreparedFilm> films(String... titles) {
        return Arrays.stream(titles).map(t -> new PreparedFilm(Film.of(t, List.of(t), List.of()))).toList();
    }

    private static List<String> pairs(Blocking b, List<PreparedFilm> s, List<PreparedFilm> t) {
        List<String> out = new ArrayList<>();
        for (long p : b.pairs(s, t)) out.add(Blocking.source(p) + "-" + Blocking.target(p));
        return out;
    }

    @Test
    void sharedWordsPairFilmsStopWordsDoNot() {
        List<PreparedFilm> s = films("The Godfather", "Seven Samurai");
        List<PreparedFilm> t = films("Godfather, The", "The Seven Year Itch", "The Birds");
        // no sorted neighbourhood: only shared words count; "the" is a stop word
        assertThat(pairs(new Blocking(100, 0), s, t)).containsExactly("0-0", "1-1");
    }

    @Test
    void frequentWordsAreNoKeysUnlessNothingElseIsLeft() {
        List<PreparedFilm> s = films("Love Story", "Love");
        List<PreparedFilm> t = films("Love Actually", "Love Me Tender", "Love Story", "Story of Love");
        // "love" is in 4 targets (cap 2): "Love Story" blocks on "story" only; "Love" has only "love"
        assertThat(pairs(new Blocking(2, 0), s, t)).containsExactly("0-2", "0-3", "1-0", "1-1", "1-2", "1-3");
    }

    @Test
    void sortedNeighbourhoodCatchesAMisspeltSingleWord() {
        List<PreparedFilm> s = films("Colour");
        List<PreparedFilm> t = films("Alpha", "Color", "Zulu");
        assertThat(pairs(new Blocking(100, 0), s, t)).isEmpty();
        // one neighbour on each side of where "colour" sorts: "color" and "zulu"
        assertThat(pairs(new Blocking(100, 1), s, t)).containsExactly("0-1", "0-2");
    }
}
