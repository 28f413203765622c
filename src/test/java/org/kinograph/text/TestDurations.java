package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class TestDurations {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        129 minutes             | 129
        119 min.                | 119
        95 min                  | 95
        1 minute                | 1
        2 h 9 min               | 129
        2 hours                 | 120
        2 hours 9 minutes       | 129
        2h 9m                   | 129
        1 hr 30 mins            | 90
        1 h. 30 min             | 90
        Running time: 129 minutes | 129
        ''                      | -1
        unknown                 | -1
        Japan                   | -1
        2007                    | -1
        3 November 2007         | -1
        """)
    void minutes(String text, int expected) {
        assertThat(Durations.minutes(text)).isEqualTo(expected);
    }

    @Test
    void lexicalForm() {
        assertThat(Durations.lexical(129)).isEqualTo("PT129M");
        assertThat(Durations.lexical(5)).isEqualTo("PT5M");
    }
}
