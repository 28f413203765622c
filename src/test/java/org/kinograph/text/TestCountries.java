package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

public class TestCountries {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        USA                      | United States
        US                       | United States
        United States            | United States
        the United States        | United States
        The United States        | United States
        U.S.                     | United States
        United States of America | United States
        Japan                    | Japan
        JAPAN                    | Japan
        '  Japan '               | Japan
        UK                       | United Kingdom
        United Kingdom           | United Kingdom
        Britain                  | United Kingdom
        Germany                  | Germany
        Singapore                | Singapore
        South Korea              | South Korea
        Korea                    | South Korea
        Hong Kong                | Hong Kong
        Holland                  | Netherlands
        Czech Republic           | Czech Republic
        """)
    void canonical(String name, String canonical) {
        assertThat(Countries.canonical(name)).isEqualTo(canonical);
    }

    @Test
    void everySpellingOfTheUnitedStatesIsOne() {
        assertThat(Countries.canonical("USA"))
                .isEqualTo(Countries.canonical("United States"))
                .isEqualTo(Countries.canonical("the United States"))
                .isEqualTo("United States");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Atlantis", "Japanese", "", "Tokyo"})
    void unknown(String name) {
        assertThat(Countries.canonical(name)).isNull();
    }

    @Test
    void southAmericaIsNotTheUnitedStates() {
        assertThat(Countries.findAll("It toured South America and Latin America."))
                .noneMatch(f -> f.canonical().equals("United States"));
    }

    @Test
    void findsSingaporeInASentence() {
        String text = "The film was released in Singapore on 5 March 2008.";
        assertThat(Countries.findAll(text)).containsExactly(new Countries.Found("Singapore", 25, 34));
        assertThat(text.substring(25, 34)).isEqualTo("Singapore");
    }

    @Test
    void findsSeveralInOrder() {
        String text = "co-produced by Japan and the United States, shown in the UK";
        assertThat(Countries.findAll(text)).containsExactly(
                new Countries.Found("Japan", 15, 20),
                new Countries.Found("United States", 29, 42),
                new Countries.Found("United Kingdom", 57, 59));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"a Japanese film", "Let us go", "a ukulele", "Japanisch"})
    void doesNotFindCountriesInsideWords(String text) {
        assertThat(Countries.findAll(text)).isEmpty();
    }
}
