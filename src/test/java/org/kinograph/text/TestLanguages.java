package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

public class TestLanguages {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Japanese          | ja
        German            | de
        English language  | en
        English           | en
        Spanish language  | es
        Mandarin          | cmn
        Cantonese         | yue
        French            | fr
        Korean            | ko
        JAPANESE          | ja
        '  Japanese  '    | ja
        Deutsch           | de
        Japanisch         | ja
        日本語             | ja
        ja                | ja
        Farsi             | fa
        Persian           | fa
        Sign language     | sgn
        """)
    void tag(String name, String tag) {
        assertThat(Languages.tag(name)).isEqualTo(tag);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Klingonese", "", "Japan", "language"})
    void unknown(String name) {
        assertThat(Languages.tag(name)).isNull();
    }
}
