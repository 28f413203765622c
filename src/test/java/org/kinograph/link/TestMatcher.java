package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinograph.testing.TestFiles;

/**
 * The matcher on small hand-made LIMES-style files (src/test/resources/link/small): DBpedia-like
 * sources (one entity per film) against LinkedMDB-like targets with a duplicate.
 */
public class TestMatcher {
    static final Path DIR = TestFiles.repo().resolve("src/test/resources/link/small");
    static final List<Film> SOURCES = LimesFiles.films(DIR.resolve("source.csv"));
    static final List<Film> TARGETS = LimesFiles.films(DIR.resolve("target.csv"));

    private static Map<String, Outcome> outcomes(Matcher.Options o) {
        return new Matcher(o).match(SOURCES, TARGETS).matches().stream()
                .collect(Collectors.toMap(m -> m.source().id() + " " + m.target().id(), Matcher.Match::outcome));
    }

    @Test
    void filesAreReadWithSeveralDirectorsPerFilm() {
        assertThat(SOURCES).hasSize(9);
        Film police = SOURCES.stream().filter(f -> f.id().equals("s:police")).findFirst().orElseThrow();
        assertThat(police.titles()).containsExactly("Police Academy (film)");
        assertThat(police.directors()).extracting(p -> p.names().get(0)).containsExactly("Hugh Wilson (director)", "Jerry Paris");
    }

    @Test
    void sourceUniqueAgainstATargetWithDuplicates() {
        Map<String, Outcome> o = outcomes(Matcher.Options.defaults().unique(true, false));
        assertThat(o).containsEntry("s:godfather t:godfather", Outcome.SAME_AS)
                .containsEntry("s:jail t:jail", Outcome.SAME_AS)
                // co-directed: the target names the other director; the title decides
                .containsEntry("s:sum t:sum1", Outcome.SAME_AS)
                .containsEntry("s:sum t:sum2", Outcome.SAME_AS)
                .containsEntry("s:police t:police", Outcome.SAME_AS)
                // two films of one title and director, the target without a year: a tie, for review
                .containsEntry("s:barretts34 t:barretts", Outcome.CLOSE_MATCH)
                .containsEntry("s:barretts57 t:barretts", Outcome.CLOSE_MATCH);
        // different instalments and a film without counterpart: nothing
        assertThat(o).doesNotContainKeys("s:rocky2 t:rocky3", "s:camp t:jail");
        assertThat(o.keySet()).noneMatch(k -> k.startsWith("s:alone"));
        assertThat(o).hasSize(7);
    }

    @Test
    void oneToOneTurnsExactDuplicatesIntoATie() {
        Map<String, Outcome> o = outcomes(Matcher.Options.defaults());
        assertThat(o).containsEntry("s:sum t:sum1", Outcome.CLOSE_MATCH).containsEntry("s:sum t:sum2", Outcome.CLOSE_MATCH);
    }

    @Test
    void withoutAssignmentEverySimilarPairIsKept() {
        Map<String, Outcome> o = outcomes(Matcher.Options.defaults().unique(false, false));
        // nothing ties any more, so both Barretts films are asserted on the one target
        assertThat(o).containsEntry("s:barretts34 t:barretts", Outcome.SAME_AS)
                .containsEntry("s:barretts57 t:barretts", Outcome.SAME_AS);
    }

    @Test
    void thresholdsDecideTheOutcome() {
        Map<String, Outcome> o = outcomes(Matcher.Options.defaults().unique(true, false).with(new Thresholds(1.0, 0.4)));
        assertThat(o).containsEntry("s:jail t:jail", Outcome.SAME_AS)
                .containsEntry("s:sum t:sum1", Outcome.CLOSE_MATCH)
                // "rocky 2" / "rocky 3": trigram Dice 12/18, halved for the numbers: (0.8 / 3 + 0.1) / 0.9 = 0.407
                .containsEntry("s:rocky2 t:rocky3", Outcome.CLOSE_MATCH);
    }

    @Test
    void scoresAndFeaturesOfOnePair() {
        Matcher m = new Matcher(Matcher.Options.defaults());
        Film sum = SOURCES.get(4);
        Film sum1 = TARGETS.get(3);
        Features f = m.features(sum, sum1);
        assertThat(f.title()).isEqualTo(1.0);
        assertThat(f.year()).isNull();
        assertThat(f.director()).isLessThan(0.6);
        assertThat(m.score(sum, sum1)).isCloseTo((0.8 + 0.1 * f.director()) / 0.9, within(1e-12));
    }

    @Test
    void evaluationAgainstTheHandMadeGold() {
        LinkEvaluation e = new LinkEvaluation(DIR.resolve("source.csv"), DIR.resolve("target.csv"), DIR.resolve("gold.csv"));
        LinkEvaluation.Run r = e.matcher(Matcher.Options.defaults().unique(true, false));
        // five links, all gold; seven gold pairs (one of them, Rocky II -> Rocky III, is wrong)
        assertThat(r.evaluation()).isEqualTo(new Evaluation(5, 7, 5));
        assertThat(r.evaluation().precision()).isEqualTo(1.0);
        assertThat(r.evaluation().recall()).isCloseTo(5 / 7.0, within(1e-12));
        assertThat(r.evaluation().f1()).isCloseTo(10 / 12.0, within(1e-12));
        assertThat(r.comparisons()).isLessThan(e.allPairs());
    }
}
