package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Feature values and how the weights combine them. */
public class TestFeatureScorer {

    @ParameterizedTest(name = "year({0}, {1}) = {2}")
    @CsvSource(nullValues = "-", value = {
        "2001, 2001, 1.0",
        "2001, 2002, 0.5",
        "2002, 2001, 0.5",
        "2001, 2003, 0.0",
        "1954, 2015, 0.0",
        "-, 2001, -",
    })
    void year(Integer a, Integer b, Double expected) {
        Set<Integer> x = a == null ? Set.of() : Set.of(a);
        assertThat(FeatureScorer.year(x, Set.of(b))).isEqualTo(expected);
    }

    @Test
    void yearTakesTheClosestOfSeveralReleases() {
        assertThat(FeatureScorer.year(Set.of(2001, 2002), Set.of(2002))).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "duration({0}, {1}) = {2}")
    @CsvSource(nullValues = "-", value = {
        "125, 125, 1.0",
        "125, 128, 1.0",
        // 9 minutes apart: 1 - (9 - 3) / 12
        "125, 134, 0.5",
        "125, 140, 0.0",
        "125, 200, 0.0",
        "-, 125, -",
    })
    void duration(Integer a, Integer b, Double expected) {
        assertThat(FeatureScorer.duration(a, b)).isEqualTo(expected);
    }

    private static List<List<List<String>>> cast(String... names) {
        return Arrays.stream(names).map(n -> List.of(Arrays.asList(n.split(" ")))).toList();
    }

    @Test
    void castOverlapIsTheShareOfTheSmallerCastFound() {
        assertThat(FeatureScorer.cast(cast("marlon brando", "al pacino", "james caan"), cast("marlon brando")))
                .isEqualTo(1.0);
        assertThat(FeatureScorer.cast(cast("marlon brando", "al pacino"), cast("al pacino", "diane keaton")))
                .isEqualTo(0.5);
        assertThat(FeatureScorer.cast(cast("marlon brando"), cast("toshiro mifune"))).isEqualTo(0.0);
        assertThat(FeatureScorer.cast(List.of(), cast("toshiro mifune"))).isNull();
    }

    @Test
    void directorIsTheBestPairAndMissingWhenEitherSideHasNone() {
        Film a = new Film("a", List.of("X"), Set.of(), List.of(new Person(null, List.of("Hugh Wilson")),
                new Person(null, List.of("Jerry Paris"))), List.of(), null);
        Film b = Film.of("b", List.of("X"), List.of(new Person(null, List.of("Jerry Paris (Director)"))));
        Film none = Film.of("c", List.of("X"), List.of());
        assertThat(FeatureScorer.director(new PreparedFilm(a), new PreparedFilm(b))).isEqualTo(1.0);
        assertThat(FeatureScorer.director(new PreparedFilm(a), new PreparedFilm(none))).isNull();
    }

    @Test
    void titleIsTheBestPairOfTitles() {
        Film ours = Film.of("a", List.of("Spirited Away", "Sen to Chihiro no Kamikakushi"), List.of());
        Film theirs = Film.of("b", List.of("千と千尋の神隠し", "Spirited Away"), List.of());
        Film other = Film.of("c", List.of("千と千尋の神隠し"), List.of());
        FeatureScorer f = new FeatureScorer(Similarity.TitleMeasure.TRIGRAM);
        assertThat(f.title(new PreparedFilm(ours), new PreparedFilm(theirs))).isEqualTo(1.0);
        assertThat(f.title(new PreparedFilm(ours), new PreparedFilm(other))).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "score(title {0}, year {1}, director {2}) = {3}")
    @CsvSource(nullValues = "-", value = {
        // the same title with an unrelated director: (0.8 + 0.1 * 0.3) / 0.9
        "1.0, -, 0.3, 0.9222",
        // the same title, the year conflicting: 0.8 / 1.1
        "1.0, 0.0, -, 0.7273",
        // the same title and year, the director agreeing: 1
        "1.0, 1.0, 1.0, 1.0",
        // one word in four changed, same director: (0.8 * 0.714 + 0.1) / 0.9
        "0.714, -, 1.0, 0.7458",
        // title only
        "0.6, -, -, 0.6",
    })
    void weightedMeanOfWhatIsKnown(double title, Double year, Double director, double expected) {
        Features f = new Features(title, year, director, null, null);
        assertThat(Weights.DEFAULT.score(f)).isCloseTo(expected, within(1e-4));
    }

    @Test
    void castAndDurationCountWhenKnown() {
        // (0.8 + 0.3 + 0.1 + 0.1 * 0 + 0.1 * 1) / 1.4
        Features f = new Features(1.0, 1.0, 1.0, 0.0, 1.0);
        assertThat(Weights.DEFAULT.score(f)).isCloseTo(1.3 / 1.4, within(1e-9));
    }
}
