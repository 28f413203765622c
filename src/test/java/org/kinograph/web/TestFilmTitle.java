package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinograph.model.Value;

public class TestFilmTitle {
    private static final FilmTitle.Evidence NONE = new FilmTitle.Evidence(null, Set.of(), Set.of(), "");

    /** The headline as the value of a "title:" line, so that spans can be checked. */
    private static FilmTitle.Choice choose(String headline, FilmTitle.Evidence ev) {
        String doc = "title: " + headline + "\n";
        return FilmTitle.choose(Scalar.of(doc, headline, 7, 7 + headline.length()), ev, "g");
    }

    @Test
    void aHeadlineWithoutSeparatorIsTheTitle() {
        FilmTitle.Choice c = choose("Tokyo Story", NONE);
        assertThat(c.title()).isEqualTo(new Value("Tokyo Story", 7, 18));
        assertThat(c.rule()).isEqualTo("g/title");
        assertThat(c.alternate()).isNull();
        assertThat(c.year()).isNull();
    }

    @Test
    void titleAndTaglineKeepTheTitleBeforeTheColon() {
        // no evidence at all: the common "Title: tagline" form wins
        FilmTitle.Choice c = choose("Late Spring: A Quiet Masterpiece", NONE);
        assertThat(c.title()).isEqualTo(new Value("Late Spring", 7, 18));
        assertThat(c.rule()).isEqualTo("g/title-part");
    }

    @Test
    void aLeadInThatDescribesThePostGivesTheTitleAfterTheColon() {
        FilmTitle.Choice c = choose("My favourite movie: Late Spring", NONE);
        assertThat(c.title().text()).isEqualTo("Late Spring");
        assertThat(c.title().begin()).isEqualTo(7 + "My favourite movie: ".length());
    }

    @Test
    void evidenceDecides() {
        // the part after the colon is a tag and the link's page: it beats the "before" prior
        FilmTitle.Evidence ev = new FilmTitle.Evidence("Late Spring (1949 film)", Set.of("late-spring"), Set.of(), "");
        assertThat(choose("Ozu Week, Day Two: Late Spring", ev).title().text()).isEqualTo("Late Spring");
        // the body names it at its start
        FilmTitle.Evidence body = new FilmTitle.Evidence(null, Set.of(), Set.of(), "I finally saw Late Spring.");
        assertThat(choose("Ozu Week, Day Two - Late Spring", body).title().text()).isEqualTo("Late Spring");
        // a Wikipedia link of the body
        FilmTitle.Evidence wiki = new FilmTitle.Evidence(null, Set.of(), Set.of("late-spring"), "");
        assertThat(choose("Ozu Week | Late Spring", wiki).title().text()).isEqualTo("Late Spring");
    }

    @Test
    void aTitleWithAColonIsKeptWholeWhenTheLinkSaysSo() {
        FilmTitle.Evidence ev = new FilmTitle.Evidence("Star Wars: The Force Awakens", Set.of(), Set.of(), "");
        assertThat(choose("Star Wars: The Force Awakens", ev).title().text()).isEqualTo("Star Wars: The Force Awakens");
    }

    @Test
    void aYearInParenthesesIsTheYear() {
        FilmTitle.Choice c = choose("Tokyo Story (1953)", NONE);
        assertThat(c.title()).isEqualTo(new Value("Tokyo Story", 7, 18));
        assertThat(c.year()).isEqualTo(new Value("1953", 20, 24));
        assertThat(c.alternate()).isNull();
    }

    @Test
    void anotherTitleInParentheses() {
        // the parenthetical is the link's page and a tag: it is the title, the other is an alternate
        FilmTitle.Evidence ev = new FilmTitle.Evidence("Departures (2008 film)", Set.of("departures", "okuribito"),
                Set.of(), "");
        FilmTitle.Choice c = choose("Okuribito (Departures)", ev);
        assertThat(c.title()).isEqualTo(new Value("Departures", 18, 28));
        assertThat(c.alternate()).isEqualTo(new Value("Okuribito", 7, 16));
        // without evidence for it, a parenthetical is neither the title nor an alternate
        FilmTitle.Choice plain = choose("Okuribito (spoilers)", NONE);
        assertThat(plain.title().text()).isEqualTo("Okuribito");
        assertThat(plain.alternate()).isNull();
    }

    @Test
    void entitiesInTheHeadlineAreDecodedSpanStaysRaw() {
        String headline = "Ozu&#8217;s Farewell: Tokyo Story";
        FilmTitle.Evidence ev = new FilmTitle.Evidence(null, Set.of("tokyo-story"), Set.of(), "");
        FilmTitle.Choice c = choose(headline, ev);
        assertThat(c.title()).isEqualTo(new Value("Tokyo Story", 7 + headline.indexOf("Tokyo"), 7 + headline.length()));
        FilmTitle.Choice whole = choose("Ozu&#8217;s Farewell", NONE);
        assertThat(whole.title().text()).isEqualTo("Ozu’s Farewell");
        assertThat(whole.title().end() - whole.title().begin()).isEqualTo("Ozu&#8217;s Farewell".length());
    }
}
