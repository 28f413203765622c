package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

public class TestDates {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
        2007-11-03        | 2007-11-03 | 10
        2007/11/03        | 2007-11-03 | 10
        3 November 2007   | 2007-11-03 | 15
        November 3, 2007  | 2007-11-03 | 16
        November 3rd 2007 | 2007-11-03 | 17
        Nov. 3, 2007      | 2007-11-03 | 12
        3rd November 2007 | 2007-11-03 | 17
        03.11.2007        | 2007-11-03 | 10
        3. November 2007  | 2007-11-03 | 16
        3. März 2007      | 2007-03-03 | 12
        1. Oktober 2010   | 2010-10-01 | 15
        Sept. 21, 2008    | 2008-09-21 | 14
        1st January 2000  | 2000-01-01 | 16
        31 December 1999  | 1999-12-31 | 16
        3 november 2007   | 2007-11-03 | 15
        29 February 2008  | 2008-02-29 | 16
        """)
    void everyFormAlone(String text, String iso, int end) {
        List<Dates.Found> all = Dates.findAll(text);
        assertThat(all).containsExactly(new Dates.Found(LocalDate.parse(iso), 0, end));
        assertThat(end).isEqualTo(text.length());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2007-02-30", "29 February 2007", "31 April 2007", "2007-13-01", "32.01.2007",
            "November 31, 2007", "0. November 2007"})
    void invalidDatesGiveNothing(String text) {
        assertThat(Dates.findAll(text)).isEmpty();
        assertThat(Dates.first(text)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"November 2007", "the 3rd of November", "2007", "no date here", ""})
    void textWithoutADayGivesNothing(String text) {
        assertThat(Dates.findAll(text)).isEmpty();
    }

    @Test
    void offsetsInRunningText() {
        String text = "Released on 3 November 2007 in Japan";
        Dates.Found d = Dates.first(text);
        assertThat(d).isEqualTo(new Dates.Found(LocalDate.of(2007, 11, 3), 12, 27));
        assertThat(text.substring(d.begin(), d.end())).isEqualTo("3 November 2007");
    }

    @Test
    void findAllInOrderWithOffsets() {
        String text = "3 November 2007 (Japan), 5 March 2008 (Singapore) and 2008-04-25 (DVD)";
        assertThat(Dates.findAll(text)).containsExactly(
                new Dates.Found(LocalDate.of(2007, 11, 3), 0, 15),
                new Dates.Found(LocalDate.of(2008, 3, 5), 25, 37),
                new Dates.Found(LocalDate.of(2008, 4, 25), 54, 64));
    }

    @Test
    void invalidDateIsSkippedButLaterOnesFound() {
        String text = "2007-02-30 or 2007-03-01";
        assertThat(Dates.findAll(text)).containsExactly(new Dates.Found(LocalDate.of(2007, 3, 1), 14, 24));
        assertThat(Dates.first(text).date()).isEqualTo(LocalDate.of(2007, 3, 1));
    }

    @Test
    void firstIsTheEarliest() {
        assertThat(Dates.first("on November 3, 2007 and 2008-01-01").date()).isEqualTo(LocalDate.of(2007, 11, 3));
    }
}
