package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wikipedia addresses and page titles as DBpedia resource names. */
public class TestDirectEvidence {

    @ParameterizedTest(name = "page({0}) = {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "https://en.wikipedia.org/wiki/Spirited_Away                 | Spirited Away",
        "http://en.wikipedia.org/wiki/Departures_(2008_film)#Plot     | Departures (2008 film)",
        "https://en.m.wikipedia.org/wiki/Seven_Samurai?oldid=1        | Seven Samurai",
        "https://en.wikipedia.org/wiki/Y%C5%8Djir%C5%8D_Takita       | Yōjirō Takita",
        "https://en.wikipedia.org/wiki/100%25_Love                    | 100% Love",
        // another language, another site, no page: nothing
        "https://ja.wikipedia.org/wiki/Spirited_Away                 | -",
        "https://en.wikipedia.org.example.com/wiki/X                 | -",
        "https://example.org/wiki/Spirited_Away                      | -",
        "https://en.wikipedia.org/wiki/                              | -",
    })
    void pages(String url, String page) {
        assertThat(DirectEvidence.page(url, "en")).isEqualTo(Optional.ofNullable(page));
    }

    @ParameterizedTest(name = "resourceName({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "Koizora (film)              | Koizora_(film)",
        "Departures (2008 film)      | Departures_(2008_film)",
        "spirited away               | Spirited_away",
        "Yōjirō Takita               | Yōjirō_Takita",
        "What?                       | What%3F",
        "100% Love                   | 100%25_Love",
        "A \"quoted\" title          | A_%22quoted%22_title",
        "ōkami                       | Ōkami",
    })
    void resourceNames(String title, String name) {
        assertThat(DirectEvidence.resourceName(title)).isEqualTo(name);
    }
}
