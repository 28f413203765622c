package org.kinograph.genre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public class TestGenreScore {
    @Test
    void pointsSumToAnExactScore() {
        assertThat(GenreScore.ofPoints(35 + 30 + 25 + 10, "full").score()).isEqualTo(1.0);
        assertThat(GenreScore.ofPoints(55, "some").score()).isEqualTo(0.55);
        assertThat(GenreScore.ofPoints(50, "half").score()).isGreaterThanOrEqualTo(GenreRegistry.THRESHOLD);
        assertThat(GenreScore.ofPoints(55, "some").reason()).isEqualTo("some");
    }

    @Test
    void pointsAreHeldWithinZeroAndAHundred() {
        assertThat(GenreScore.ofPoints(185, "more than enough").score()).isEqualTo(1.0);
        assertThat(GenreScore.ofPoints(-60, "a wiki page").score()).isEqualTo(0.0);
    }
}
