package org.kinograph.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinograph.model.RatingEntry;

public class TestRatings {
    static List<String> read(String s) {
        return Ratings.read(TestFilmSentences.v(s), "r", 0.8).stream()
                .map(r -> r.value().text() + "/" + (r.best() == null ? "-" : r.best().text()) + " " + r.author().text())
                .toList();
    }

    @Test
    void scoresOnNamedSites() {
        assertThat(read("It holds 8.2 out of 10 on IMDb, 4.1 out of 5 on Letterboxd, and 91% on Rotten Tomatoes."))
                .containsExactly("8.2/10 IMDb", "4.1/5 Letterboxd", "91/100 Rotten Tomatoes");
        assertThat(read("It has a 97% approval rating on Rotten Tomatoes.")).containsExactly("97/100 Rotten Tomatoes");
        assertThat(read("IMDb rating: 7.4/10")).containsExactly("7.4/10 IMDb");
    }

    @Test
    void notARatingSiteOrNoSite() {
        assertThat(read("8 out of 10 people liked it on Sunday.")).isEmpty();
        assertThat(read("My rating: 9/10.")).isEmpty();
    }

    @Test
    void percentSpansThePercentSign() {
        var r = Ratings.read(TestFilmSentences.v("Rated 91% on Rotten Tomatoes."), "r", 0.8).get(0);
        assertThat(r.best().end() - r.best().begin()).isEqualTo(1);
    }
}
