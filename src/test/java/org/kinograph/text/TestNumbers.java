package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

public class TestNumbers {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
        approximately 3.14 million people | 3140000 | 14 | 33
        2,500,000 viewers                 | 2500000 | 0  | 17
        1.2 million admissions            | 1200000 | 0  | 22
        seen by 500 thousand spectators   | 500000  | 8  | 31
        12 million moviegoers             | 12000000 | 0 | 21
        """)
    void audience(String text, String value, int begin, int end) {
        Numbers.Found f = Numbers.audience(text);
        assertThat(f).isNotNull();
        assertThat(f.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(f.value().toString()).as("plain form").isEqualTo(value);
        assertThat(f.begin()).isEqualTo(begin);
        assertThat(f.end()).isEqualTo(end);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"three people", "3.14 million", "people", "", "a 2007 film"})
    void noAudience(String text) {
        assertThat(Numbers.audience(text)).isNull();
    }

    @Test
    void firstFigureWins() {
        Numbers.Found f = Numbers.audience("2 million viewers in Japan and 300,000 spectators abroad");
        assertThat(f.value()).isEqualByComparingTo("2000000");
        assertThat(f.begin()).isZero();
        assertThat(f.end()).isEqualTo(17);
    }
}
