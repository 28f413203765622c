package org.kinograph.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

public class TestBoxOffice {
    @Test
    void theExactFigureWins() {
        var sentences = List.of(TestFilmSentences.v("It was a hit, grossing over $20 million."),
                TestFilmSentences.v("In all it earned a total of $20,412,377 at home."),
                TestFilmSentences.v("It grossed $20.4 million."));
        assertThat(BoxOffice.best(sentences).text()).isEqualTo("$20,412,377");
    }

    @Test
    void roundedBeatsHedged() {
        var sentences = List.of(TestFilmSentences.v("It grossed about ¥3 billion."),
                TestFilmSentences.v("It grossed ¥3.1 billion."));
        assertThat(BoxOffice.best(sentences).text()).isEqualTo("¥3.1 billion");
    }

    @Test
    void noGrossVerbNoAmount() {
        assertThat(BoxOffice.best(List.of(TestFilmSentences.v("The budget was $5 million.")))).isNull();
    }
}
