package org.kinograph.genre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinograph.model.ParsedDocument;
import org.kinograph.source.Source;

public class TestGenreRegistry {
    /** A genre with a fixed score that notes each text it is asked to score. */
    private record Fixed(String name, double score, List<String> asked) implements Genre {
        Fixed(String name, double score) {
            this(name, score, new ArrayList<>());
        }

        @Override
        public GenreScore score(String text) {
            asked.add(text);
            return new GenreScore(score, name + " says " + score);
        }

        @Override
        public ParsedDocument parse(Source source, ErrorHandler errors) {
            throw new UnsupportedOperationException("only scored here");
        }
    }

    private static GenreRegistry registry(Genre... genres) {
        GenreRegistry r = new GenreRegistry();
        for (Genre g : genres) r.register(g);
        return r;
    }

    private static String winner(GenreRegistry.Detection d) {
        return d.winner().map(s -> s.genre().name()).orElse(null);
    }

    @Test
    void aCertainScoreEndsDetection() {
        Fixed sure = new Fixed("sure", 1.0);
        Fixed later = new Fixed("later", 0.9);
        GenreRegistry.Detection d = registry(sure, later).detect("text");
        assertThat(winner(d)).isEqualTo("sure");
        assertThat(later.asked()).isEmpty();
        assertThat(d.scores()).hasSize(1);
    }

    @Test
    void detectAllScoresEveryGenreAndAgreesOnTheWinner() {
        Fixed sure = new Fixed("sure", 1.0);
        Fixed later = new Fixed("later", 0.9);
        GenreRegistry r = registry(sure, later);
        GenreRegistry.Detection all = r.detectAll("text");
        assertThat(all.scores()).extracting(s -> s.genre().name()).containsExactly("sure", "later");
        assertThat(winner(all)).isEqualTo(winner(r.detect("text")));
    }

    @Test
    void aLaterGenreIsAskedWhileNoneIsCertain() {
        Fixed likely = new Fixed("likely", 0.9);
        Fixed sure = new Fixed("sure", 1.0);
        assertThat(winner(registry(likely, sure).detect("text"))).isEqualTo("sure");
        assertThat(likely.asked()).containsExactly("text");
    }

    @Test
    void aTieGoesToTheEarlierRegistered() {
        assertThat(winner(registry(new Fixed("first", 0.7), new Fixed("second", 0.7)).detect("t"))).isEqualTo("first");
        assertThat(winner(registry(new Fixed("first", 1.0), new Fixed("second", 1.0)).detectAll("t")))
                .isEqualTo("first");
    }

    @Test
    void belowTheThresholdNothingWins() {
        GenreRegistry.Detection d = registry(new Fixed("weak", GenreRegistry.THRESHOLD - 0.01)).detect("t");
        assertThat(d.winner()).isEmpty();
        assertThat(d.explain()).contains("weak");
    }

    @Test
    void theStandardGenresDetectTheSameWithAndWithoutStopping() {
        GenreRegistry r = GenreRegistry.standard();
        for (String text : List.of("= Night Train =\n{{Infobox film\n| director = A. Person\n| starring = B. Person\n"
                + "| runtime = 90 minutes\n| country = France\n| language = French\n}}\n== Plot ==\nA train.\n"
                + "== Cast ==\n* B. Person as C\n== Release ==\nIn 1999.\n== Reception ==\nWell.\n",
                "---\ntitle: Night Train\ndate: 2001-02-03\ntags: [film]\n---\nA review of the film.\n",
                "Public · 18 members\nOriginally Posted By: reelfan\nNight Train (1999)\nJoined: 2010\n")) {
            assertThat(winner(r.detect(text))).as(text).isEqualTo(winner(r.detectAll(text)));
        }
    }
}
