package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

public class TestMoney {

    /** One amount that is the whole text: value (plain form), currency, end. */
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
        $36,684,020        | 36684020   | USD | 11
        US$79 million      | 79000000   | USD | 13
        ¥3.9 billion       | 3900000000 | JPY | 12
        3.9 billion yen    | 3900000000 | JPY | 15
        €4.8 million       | 4800000    | EUR | 12
        DM 9.6 million     | 9600000    | DEM | 14
        £2.5 million       | 2500000    | GBP | 12
        ₩5 billion         | 5000000000 | KRW | 10
        HK$12 million      | 12000000   | HKD | 13
        $1.5m              | 1500000    | USD | 5
        50,000 won         | 50000      | KRW | 10
        12 million euros   | 12000000   | EUR | 16
        $5 million USD     | 5000000    | USD | 10
        """)
    void oneAmount(String text, String value, String currency, int end) {
        List<Money.Found> all = Money.findAll(text);
        assertThat(all).hasSize(1);
        Money.Found f = all.get(0);
        assertThat(f.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(f.value().toString()).as("plain form").isEqualTo(value);
        assertThat(f.currency()).isEqualTo(currency);
        assertThat(f.begin()).isZero();
        assertThat(f.end()).isEqualTo(end);
    }

    @Test
    void offsetsCutTheAmountOutOfTheText() {
        String text = "The film grossed US$79 million worldwide.";
        Money.Found f = Money.first(text);
        assertThat(f.begin()).isEqualTo(17);
        assertThat(f.end()).isEqualTo(30);
        assertThat(text.substring(f.begin(), f.end())).isEqualTo("US$79 million");
    }

    @Test
    void markAndEuroBothFoundMarkFirst() {
        String text = "DM 9.6 million (€4.8 million)";
        List<Money.Found> all = Money.findAll(text);
        assertThat(all).containsExactly(
                new Money.Found(new BigDecimal("9600000"), "DEM", 0, 14),
                new Money.Found(new BigDecimal("4800000"), "EUR", 16, 28));
        assertThat(Money.first(text).currency()).isEqualTo("DEM");
        assertThat(text.substring(16, 28)).isEqualTo("€4.8 million");
    }

    @Test
    void suffixedAndPrefixedInOrderOfAppearance() {
        String text = "3.9 billion yen ($36 million)";
        assertThat(Money.findAll(text)).containsExactly(
                new Money.Found(new BigDecimal("3900000000"), "JPY", 0, 15),
                new Money.Found(new BigDecimal("36000000"), "USD", 17, 28));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"no money here", "", "3.9 billion", "in 2007", "The film released in 2007 won three awards",
            // a currency code inside a word is not a currency: "yea|rs 5", "amat|eur 8"
            "Over two years 5 million people saw it", "shot on amateur 8 mm film"})
    void noMoney(String text) {
        assertThat(Money.findAll(text)).isEmpty();
        assertThat(Money.first(text)).isNull();
    }
}
