package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles and names in comparable form: (input, expected tokens joined by spaces[, year]). */
public class TestNormaliser {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "American Pie (film)                 | american pie                 | -",
        "Talk to Me (1996 film)              | talk to me                   | 1996",
        "The Invaders (1912)                 | invaders                     | 1912",
        "Flash Gordon (serial)               | flash gordon                 | -",
        "Police Academy (franchise)          | police academy               | -",
        "Cosmos (TV series)                  | cosmos                       | -",
        // a parenthetical that is part of the title stays
        "Birdman (or The Unexpected Virtue of Ignorance) | birdman or the unexpected virtue of ignorance | -",
        "The Godfather                       | godfather                    | -",
        "Godfather, The                      | godfather                    | -",
        "The                                 | the                          | -",
        "Batman & Robin                      | batman and robin             | -",
        "The Swan Princess III: The Mystery  | swan princess 3 the mystery  | -",
        "Rocky II                            | rocky 2                      | -",
        // a Roman numeral as the first word is a word
        "X-Men                               | x men                        | -",
        "Les Misérables                      | les miserables               | -",
        "Rikki og mÃ¦ndene                   | rikki og mændene             | -",
        "Ro.Go.Pa.G.                         | ro go pa g                   | -",
        "千と千尋の神隠し                        | 千と千尋の神隠し                 | -",
        "ＳＰＩＲＩＴＥＤ　ＡＷＡＹ                 | spirited away                | -",
    })
    void titles(String raw, String tokens, Integer year) {
        Normaliser.Title t = Normaliser.title(raw);
        assertThat(t.key()).isEqualTo(tokens);
        assertThat(t.year()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Paul Weitz (filmmaker)               | paul weitz",
        "John R. Cherry III (Director)        | john r cherry",
        "James Kirkwood, Sr.                  | james kirkwood",
        "Lau Lauritzen Jr. (Director)         | lau lauritzen",
        "Yōjirō Takita                        | yojiro takita",
        "Susana Blaustein MuÃ±oz (Director)   | susana blaustein munoz",
        "Hayao Miyazaki                       | hayao miyazaki",
    })
    void names(String raw, String tokens) {
        assertThat(String.join(" ", Normaliser.name(raw))).isEqualTo(tokens);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "MuÃ±oz           | Muñoz",
        "mÃ¦ndene         | mændene",
        "CafÃ©            | Café",
        // not mojibake: left alone
        "NÃO              | NÃO",
        "Ärger            | Ärger",
        "Âge              | Âge",
        "plain            | plain",
    })
    void mojibake(String raw, String repaired) {
        assertThat(Normaliser.repairMojibake(raw)).isEqualTo(repaired);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Top Secret!@en            | Top Secret!",
        "Ro.Go.Pa.G.@en            | Ro.Go.Pa.G.",
        "Title@pt-BR               | Title",
        "someone@example.org       | someone@example.org",
        "no tag                    | no tag",
    })
    void languageTags(String raw, String expected) {
        assertThat(Normaliser.dropLanguageTag(raw)).isEqualTo(expected);
    }
}
