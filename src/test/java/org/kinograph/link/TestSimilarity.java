package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** String similarities, expected values worked out by hand. */
public class TestSimilarity {

    private static List<String> t(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }

    @ParameterizedTest(name = "trigram({0}, {1}) = {2}")
    @CsvSource({
        // "  abc  " has the trigrams "  a", " ab", "abc", "bc ", "c  "; "  abd  " shares the first two
        "abc, abc, 1.0",
        "abc, abd, 0.4",
        "abc, xyz, 0.0",
        // "  ab  ": "  a", " ab", "ab ", "b  " (4) vs "  abc  " (5): two shared, 4/9
        "ab, abc, 0.4444",
    })
    void trigramDice(String a, String b, double expected) {
        assertThat(Similarity.dice(Similarity.trigrams(a), Similarity.trigrams(b))).isCloseTo(expected, within(1e-4));
    }

    @ParameterizedTest(name = "jaccard({0}, {1}) = {2}")
    @CsvSource({
        "a b c, a b c, 1.0",
        "a b c, a b d, 0.5",
        "a b, c d, 0.0",
        "a a b, a b, 1.0",
    })
    void jaccard(String a, String b, double expected) {
        assertThat(Similarity.jaccard(t(a), t(b))).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "cosine({0}, {1}) = {2}")
    @CsvSource({
        "a b c d, a b c d, 1.0",
        // one shared word: 1 / sqrt(4 * 1)
        "a b c d, a, 0.5",
        "a b, c, 0.0",
    })
    void cosine(String a, String b, double expected) {
        assertThat(Similarity.cosine(t(a), t(b))).isCloseTo(expected, within(1e-9));
    }

    @Test
    void jaroWinklerClassicPair() {
        // the textbook pair: Jaro 0.9444, common prefix "mar" (3 letters): 0.9444 + 0.3 * 0.0556 = 0.9611
        assertThat(Similarity.jaroWinkler("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
    }

    @ParameterizedTest(name = "name({0}, {1}) = {2}")
    @CsvSource({
        "hayao miyazaki, hayao miyazaki, 1.0",
        "miyazaki hayao, hayao miyazaki, 1.0",
        "'', hayao miyazaki, 0.0",
    })
    void names(String a, String b, double expected) {
        assertThat(Similarity.name(t(a), t(b))).isCloseTo(expected, within(1e-9));
    }

    @Test
    void unrelatedNamesScoreLow() {
        assertThat(Similarity.name(t("hugh wilson"), t("jerry paris"))).isLessThan(0.6);
    }

    @ParameterizedTest(name = "numbers conflict({0}, {1}) = {2}")
    @CsvSource({
        "rocky 2, rocky 3, true",
        "2001 a space odyssey, 2010 the year we make contact, true",
        "final destination 3, final destination, false",
        "home alone 2, home alone 02, false",
        "rocky, rocky, false",
    })
    void numbersConflict(String a, String b, boolean expected) {
        assertThat(Similarity.numbersConflict(t(a), t(b))).isEqualTo(expected);
    }

    @Test
    void conflictingNumbersHalveTheTitleSimilarity() {
        Normaliser.Title a = Normaliser.title("Rocky II");
        Normaliser.Title b = Normaliser.title("Rocky III");
        double plain = Similarity.dice(Similarity.trigrams("rocky 2"), Similarity.trigrams("rocky 3"));
        assertThat(Similarity.title(a, b, Similarity.TitleMeasure.TRIGRAM)).isCloseTo(plain / 2, within(1e-12));
    }

    @Test
    void sequelsByWordStayFarApartWithTrigramsButNotWithJaroWinkler() {
        Normaliser.Title jail = Normaliser.title("Ernest Goes to Jail");
        Normaliser.Title africa = Normaliser.title("Ernest Goes to Africa");
        assertThat(Similarity.title(jail, africa, Similarity.TitleMeasure.TRIGRAM)).isLessThan(0.75);
        assertThat(Similarity.title(jail, africa, Similarity.TitleMeasure.JARO_WINKLER)).isGreaterThan(0.9);
    }

    @ParameterizedTest
    @CsvSource({"trigram, TRIGRAM", "jaro-winkler, JARO_WINKLER", "Jaccard, JACCARD"})
    void measureNames(String name, Similarity.TitleMeasure expected) {
        assertThat(Similarity.TitleMeasure.of(name)).isEqualTo(expected);
    }
}
