package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kinograph.model.Value;

public class TestHeadline {
    static String read(String headline, String body) {
        Headline.Title t = Headline.read(new Value(headline, 0, headline.length()), body);
        if (t == null) return null;
        return t.title().text() + (t.year() == null ? "" : " / " + t.year().text())
                + t.alternates().stream().map(a -> " + " + a.text()).reduce("", String::concat);
    }

    @Test
    void reviewLabelsAndBrackets() {
        assertThat(read("REVIEW: Midnight Bus (2019)", "A quiet film.")).isEqualTo("Midnight Bus / 2019");
        assertThat(read("Harvest Moon (Japanese Movie)", "I loved Harvest Moon.")).isEqualTo("Harvest Moon");
        assertThat(read("Harvest Moon [2012 J-Movie]", "It is slow.")).isEqualTo("Harvest Moon / 2012");
        assertThat(read("Harvest Moon - Kritik", "Harvest Moon ist schön.")).isEqualTo("Harvest Moon");
        assertThat(read("Re: Harvest Moon (2012) - saw it yesterday", "Harvest Moon is lovely.")).isEqualTo("Harvest Moon / 2012");
        assertThat(read("Harvest Moon (Autumn Song)", "Harvest Moon was lovely.")).isEqualTo("Harvest Moon + Autumn Song");
    }

    @Test
    void aSubtitleIsAnotherTitleOnlyWhenThePostUsesIt() {
        String headline = "Harvest Moon: Autumn Song - A Gentle Farm Drama";
        assertThat(read(headline, "Harvest Moon: Autumn Song is a 2012 film.")).isEqualTo("Harvest Moon + Autumn Song");
        assertThat(read(headline, "Harvest Moon is a 2012 film.")).isEqualTo("Harvest Moon");
    }

    @Test
    void aHyphenJoinedTagline() {
        assertThat(read("Harvestmoon-a masterclass", "Harvestmoon by Ota is great.")).isEqualTo("Harvestmoon");
    }

    @Test
    void aHeadlineThatNamesNoFilmOfThePost() {
        assertThat(read("Fantastic, no other word", "I cried all the way through.")).isNull();
    }

    @Test
    void lists() {
        assertThat(Headline.isList("Top 10 films of 2019")).isTrue();
        assertThat(Headline.isList("Five Films for a Rainy Weekend")).isTrue();
        assertThat(Headline.isList("My favourite movies")).isTrue();
        assertThat(Headline.isList("The Film That Changed Me")).isFalse();
        assertThat(Headline.isList("Harvest Moon (2012)")).isFalse();
    }
}
