package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.model.Field;
import org.kinograph.model.ParsedDocument;
import org.kinograph.model.ReviewRecord;
import org.kinograph.model.Value;

public class TestBlogReview {
    static final String POST = String.join("\n",
            "Harvest Moon (Japanese Movie)", "",
            "I watched this on a rainy Sunday and it was exactly what I needed after a long week.", "",
            "Film: Harvest Moon (Autumn Song)", "Release date: October 6th 2012", "",
            "The son – Kazuo – is played by Ren Sato.", "",
            "Filed under Drama, Japan", "", "Tagged as: , ,", "", "7 Comments", "", "Leave a comment", "",
            "Enter your email address to follow this blog.", "", "If you like my blog, tell your friends!", "",
            "September 2013", "");

    static ParsedDocument parse(String text) {
        return new BlogReview().parse(WebTesting.source(text), new WebTesting.Warnings());
    }

    @Test
    void scoresWithItsReasons() {
        var s = new BlogReview().score(POST);
        assertThat(s.score()).isGreaterThanOrEqualTo(GenreRegistry.THRESHOLD);
        assertThat(s.reason()).contains("category/tag lines", "comment/share/follow lines", "headline labels a film");
        assertThat(new ForumPage().score(POST).score()).isLessThan(GenreRegistry.THRESHOLD);
    }

    @Test
    void thePostEndsWhereTheBlogBegins() {
        ReviewRecord r = parse(POST).reviews().get(0);
        assertThat(r.body().text()).startsWith("I watched this").endsWith("is played by Ren Sato.")
                .doesNotContain("Filed under", "Comments", "email", "tell your friends", "September 2013");
        assertThat(r.keywords()).extracting(Value::text).containsExactly("Drama", "Japan");
    }

    @Test
    void labelledLinesAndCasting() {
        var film = parse(POST).films().get(0);
        assertThat(film.title().text()).isEqualTo("Harvest Moon");
        assertThat(film.year().text()).isEqualTo("2012");
        assertThat(film.facts(Field.RELEASE_DATE)).extracting(f -> f.value().text()).containsExactly("October 6th 2012");
        assertThat(film.facts(Field.ALTERNATE_NAME)).extracting(f -> f.value().text()).containsExactly("Autumn Song");
        assertThat(WebTesting.cast(film)).containsExactly("Ren Sato > Kazuo");
    }

    @Test
    void aCaptionBelowTheHeadlineIsNoTitle() {
        ParsedDocument doc = parse("Aya Kondo and Ren Sato cast in new drama\n\nBy kevin on April 2, 2012 at 10:15pm\n\n"
                + "Aya Kondo and Ren Sato\n\nAya Kondo and Ren Sato have been cast in the lead roles of a new film.\n\n"
                + "Leave a comment\n");
        assertThat(doc.films()).isEmpty();
        assertThat(doc.noFilmReason()).contains("names no film");
    }

    @Test
    void aListPostIsAboutNoFilm() {
        ParsedDocument doc = parse("Top 5 Films of 2012\n\nHere are the five films I liked most this year, in order.\n\n"
                + "Categories: Lists\n");
        assertThat(doc.films()).isEmpty();
        assertThat(doc.noFilmReason()).contains("list of films");
    }

    @Test
    void frontMatterIsAnotherGenre() {
        String md = "---\ntitle: 'Harvest Moon'\ncategories:\n  - Reviews\ntags:\n  - drama\n---\nHarvest Moon (2012)\n\n"
                + "I watched it twice and I loved it.\n\nCategories: Reviews\n\nLeave a Reply\n";
        var s = new BlogReview().score(md);
        assertThat(s.score()).isLessThan(GenreRegistry.THRESHOLD);
        assertThat(s.reason()).contains("front matter");
    }
}
