package org.kinograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pairwise verdicts of the matcher, as tables of (a, b, same?), negatives included. */
public class TestMentionMatcher {
    static final String B = "https://example.org/id/";
    static final Node FILM_A = iri("film/koizora-2007");
    static final Node FILM_B = iri("film/departures-2008");
    static final Node G1 = iri("graph/1111111111111111");
    static final Node G2 = iri("graph/2222222222222222");
    static final Function<Node, Node> AS_IS = n -> n;

    static Node iri(String local) {
        return NodeFactory.createURI(B + local);
    }

    static Mention film(String slug, String title, String year) {
        return Mention.of(B + "film/" + slug, Kind.FILM).name(title).year(year);
    }

    static Mention person(String slug, String name) {
        return Mention.of(B + "person/" + slug, Kind.PERSON).name(name);
    }

    static Mention character(String slug, String name) {
        return Mention.of(B + "film/koizora-2007/character/" + slug, Kind.CHARACTER).name(name).film(FILM_A);
    }

    static Mention accolade(String slug, String award, String category, String year) {
        Mention m = Mention.of(B + "film/koizora-2007/accolade/" + slug, Kind.ACCOLADE).name(award).year(year);
        return category == null ? m : m.category(category);
    }

    // ---------------------------------------------------------------------------------------------

    static Stream<Arguments> films() {
        return Stream.of(
                Arguments.of("same title, same year", film("koizora-2007", "Koizora", "2007"),
                        film("koizora-film-2007", "Koizora (film)", "2007"), true),
                Arguments.of("a title without a year joins the dated one", film("koizora-2007", "Koizora", "2007"),
                        film("koizora", "Koizora", null), true),
                Arguments.of("different years are different films", film("koizora-2007", "Koizora", "2007"),
                        film("koizora-2008", "Koizora", "2008"), false),
                Arguments.of("a subtitle", film("koizora-sky-of-love-2007", "Koizora: Sky of Love", "2007"),
                        film("koizora-2007", "Koizora", "2007"), true),
                Arguments.of("an SEO suffix", film("koizora-sky-of-love-film-38", "Koizora Sky Of Love Film 38", null),
                        film("koizora-sky-of-love-2007", "Koizora: Sky of Love", "2007"), true),
                Arguments.of("macron and long vowel", film("rashomon-1950", "Rashōmon", "1950"),
                        film("rashoumon", "Rashoumon", null), true),
                Arguments.of("a leading The", film("the-godfather-1972", "The Godfather", "1972"),
                        film("godfather-1972", "Godfather", "1972"), true),
                Arguments.of("two different subtitles", film("star-wars-a-new-hope", "Star Wars: A New Hope", null),
                        film("star-wars-the-empire-strikes-back", "Star Wars: The Empire Strikes Back", null), false),
                Arguments.of("a TV series of the same title", film("koizora-tv-series", "Koizora (TV series)", null),
                        film("koizora-2007", "Koizora", "2007"), false),
                Arguments.of("no year, other director", film("koizora-2007", "Koizora", "2007").director("Natsuki Imai"),
                        film("koizora", "Koizora", null).director("Kenji Mori"), false),
                Arguments.of("no year, same director other order",
                        film("koizora-2007", "Koizora", "2007").director("Natsuki Imai"),
                        film("koizora", "Koizora", null).director("Imai Natsuki"), true),
                Arguments.of("same year, other director: one film, two claims",
                        film("koizora-2007", "Koizora", "2007").director("Natsuki Imai"),
                        film("koizora-film-2007", "Koizora (film)", "2007").director("Kenji Mori"), true),
                Arguments.of("different titles", film("koizora-2007", "Koizora", "2007"),
                        film("kimi-ni-todoke-2007", "Kimi ni Todoke", "2007"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("films")
    void sameFilm(String why, Mention a, Mention b, boolean same) {
        assertThat(MentionMatcher.sameFilm(a, b).same()).as(why).isEqualTo(same);
        assertThat(MentionMatcher.sameFilm(b, a).same()).as(why + " (reversed)").isEqualTo(same);
    }

    @Test
    void aFilmWithoutAYearAmongSeveralNeedsEvidence() {
        Mention yearless = film("koizora", "Koizora", null).director("Imai Natsuki");
        Mention dated = film("koizora-2007", "Koizora", "2007").director("Natsuki Imai");
        Decision d = MentionMatcher.sameFilmAmongSeveral(yearless, dated);
        assertThat(d.same()).isTrue();
        assertThat(d.evidence()).contains("same director imai natsuki");
        assertThat(MentionMatcher.sameFilmAmongSeveral(film("koizora", "Koizora", null),
                film("koizora-2008", "Koizora", "2008").director("Natsuki Imai")).same()).isFalse();
        assertThat(MentionMatcher.sameFilmAmongSeveral(film("koizora", "Koizora", null).castMember("Yui Aragaki"),
                film("koizora-2008", "Koizora", "2008").castMember("Aragaki Yui")).same()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------

    static Stream<Arguments> people() {
        return Stream.of(
                Arguments.of("other order, same film", person("takita-yojiro", "Takita Yōjirō").film(FILM_B).credit("director"),
                        person("yojiro-takita", "Yojiro Takita").film(FILM_B).credit("director"), true),
                Arguments.of("other order, both directors of different films",
                        person("takita-yojiro", "Takita Yōjirō").film(FILM_B).credit("director"),
                        person("yojiro-takita", "Yojiro Takita").film(FILM_A).credit("director"), true),
                Arguments.of("other order, nothing in common",
                        person("takita-yojiro", "Takita Yōjirō").film(FILM_B).credit("actor"),
                        person("yojiro-takita", "Yojiro Takita").film(FILM_A).credit("director"), false),
                Arguments.of("a single name is not a full name", person("yui", "Yui").film(FILM_A).credit("actor"),
                        person("yui-aragaki", "Yui Aragaki").film(FILM_A).credit("actor"), false),
                Arguments.of("long vowel spelled out", person("yuko-asano", "Yūko Asano"),
                        person("yuuko-asano", "Yuuko Asano"), true),
                Arguments.of("one long vowel", person("yu", "Yū"), person("yuu", "Yuu"), true),
                Arguments.of("same surname, other given name", person("hideo-watanabe", "Hideo Watanabe").film(FILM_A),
                        person("mutsuki-watanabe", "Mutsuki Watanabe").film(FILM_A), false),
                Arguments.of("a misspelling is not a spelling", person("koide-kesuke", "Koide Kesuke").film(FILM_A),
                        person("keisuke-koide", "Keisuke Koide").film(FILM_A), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void samePerson(String why, Mention a, Mention b, boolean same) {
        assertThat(MentionMatcher.samePerson(a, b, AS_IS).same()).as(why).isEqualTo(same);
        assertThat(MentionMatcher.samePerson(b, a, AS_IS).same()).as(why + " (reversed)").isEqualTo(same);
    }

    static Stream<Arguments> similarPeople() {
        return Stream.of(
                Arguments.of("misspelt given name, other order, same film and credit",
                        person("koide-kesuke", "Koide Kesuke").film(FILM_A).credit("actor").graph(G1),
                        person("keisuke-koide", "Keisuke Koide").film(FILM_A).credit("actor").graph(G2), true),
                Arguments.of("a document that names both means two people",
                        person("koide-kesuke", "Koide Kesuke").film(FILM_A).credit("actor").graph(G1),
                        person("keisuke-koide", "Keisuke Koide").film(FILM_A).credit("actor").graph(G1), false),
                Arguments.of("credited differently",
                        person("koide-kesuke", "Koide Kesuke").film(FILM_A).credit("director").graph(G1),
                        person("keisuke-koide", "Keisuke Koide").film(FILM_A).credit("actor").graph(G2), false),
                Arguments.of("no film in common",
                        person("koide-kesuke", "Koide Kesuke").film(FILM_B).credit("actor").graph(G1),
                        person("keisuke-koide", "Keisuke Koide").film(FILM_A).credit("actor").graph(G2), false),
                Arguments.of("names not alike enough",
                        person("takashi-shimura", "Takashi Shimura").film(FILM_A).credit("actor").graph(G1),
                        person("takashi-shimizu", "Takashi Shimizu").film(FILM_A).credit("actor").graph(G2), false),
                Arguments.of("one name only",
                        person("karina", "Karina").film(FILM_A).credit("actor").graph(G1),
                        person("karin", "Karin").film(FILM_A).credit("actor").graph(G2), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("similarPeople")
    void similarPerson(String why, Mention a, Mention b, boolean same) {
        Decision d = MentionMatcher.similarPerson(a, b, AS_IS);
        assertThat(d.same()).as(why).isEqualTo(same);
        if (same) {
            assertThat(d.similarity()).isBetween(MentionMatcher.SIMILAR_NAME, 1.0);
            assertThat(d.sharedFilm()).isEqualTo(FILM_A);
        }
    }

    @Test
    void sharedFilmsAreComparedResolved() {
        Node other = iri("film/koizora");
        Mention a = person("takita-yojiro", "Takita Yōjirō").film(other).credit("actor");
        Mention b = person("yojiro-takita", "Yojiro Takita").film(FILM_A).credit("director");
        assertThat(MentionMatcher.samePerson(a, b, AS_IS).same()).isFalse();
        Decision d = MentionMatcher.samePerson(a, b, n -> n.equals(other) ? FILM_A : n);
        assertThat(d.same()).isTrue();
        assertThat(d.sharedFilm()).isEqualTo(FILM_A);
    }

    // ---------------------------------------------------------------------------------------------

    static final List<String> LONGER = List.of("hiro sakurai", "mika tahara", "minako sakurai", "fukuhara yu");
    static final Node MIURA = iri("person/haruma-miura");
    static final Node KOIDE = iri("person/keisuke-koide");

    static Stream<Arguments> characters() {
        return Stream.of(
                Arguments.of("given name, same actor", character("hiro", "Hiro").actor(MIURA),
                        character("hiro-sakurai", "Hiro Sakurai").actor(MIURA), true),
                Arguments.of("given name, no actor against it", character("hiro", "Hiro"),
                        character("hiro-sakurai", "Hiro Sakurai").actor(MIURA), true),
                Arguments.of("given name, another actor", character("hiro", "Hiro").actor(KOIDE),
                        character("hiro-sakurai", "Hiro Sakurai").actor(MIURA), false),
                Arguments.of("a name two characters share", character("sakurai", "Sakurai"),
                        character("hiro-sakurai", "Hiro Sakurai"), false),
                Arguments.of("names in the other order", character("fukuhara-yu", "Fukuhara Yu").actor(KOIDE),
                        character("yu-fukuhara", "Yu Fukuhara").actor(KOIDE), true),
                Arguments.of("different names", character("mika", "Mika"),
                        character("minako-sakurai", "Minako Sakurai"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("characters")
    void sameCharacter(String why, Mention a, Mention b, boolean same) {
        assertThat(MentionMatcher.sameCharacter(a, b, LONGER, AS_IS).same()).as(why).isEqualTo(same);
        assertThat(MentionMatcher.sameCharacter(b, a, LONGER, AS_IS).same()).as(why + " (reversed)").isEqualTo(same);
    }

    @Test
    void characterActorsAreComparedResolved() {
        Node misspelt = iri("person/koide-kesuke");
        Mention a = character("fukuhara-yu", "Fukuhara Yu").actor(misspelt);
        Mention b = character("yu", "Yu").actor(KOIDE);
        assertThat(MentionMatcher.sameCharacter(a, b, LONGER, AS_IS).same()).isFalse();
        assertThat(MentionMatcher.sameCharacter(a, b, LONGER, n -> n.equals(misspelt) ? KOIDE : n).same()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------

    static Stream<Arguments> accolades() {
        return Stream.of(
                Arguments.of("ordinal, year and \"Award\" aside",
                        accolade("a1", "20th Nikkan Sports Film Award", "Best Newcomer Award", "2007"),
                        accolade("a2", "Nikkan Sports Film Award", "Best Newcomer", null), true),
                Arguments.of("Awards and Award",
                        accolade("a1", "50th Blue Ribbon Awards", "Best Newcomer Award", "2008"),
                        accolade("a2", "Blue Ribbon Award", "Best Newcomer", null), true),
                Arguments.of("same award, other category",
                        accolade("a1", "Japan Academy Prize", "Newcomer of the Year", null),
                        accolade("a2", "Japan Academy Prize", "Outstanding Achievement in Music Direction", null), false),
                Arguments.of("same award and category, other years",
                        accolade("a1", "Blue Ribbon Awards", "Best Newcomer", "2007"),
                        accolade("a2", "Blue Ribbon Awards", "Best Newcomer", "2008"), false),
                Arguments.of("other award, same category",
                        accolade("a1", "Hochi Film Award", "Best Actress", null),
                        accolade("a2", "Blue Ribbon Award", "Best Actress", null), false),
                Arguments.of("recipients are not compared",
                        accolade("a1", "Nikkan Sports Film Award", "Best Newcomer", "2007").recipient(iri("person/yui-aragaki")),
                        accolade("a2", "Nikkan Sports Film Award", "Best Newcomer", null).recipient(MIURA), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accolades")
    void sameAccolade(String why, Mention a, Mention b, boolean same) {
        assertThat(MentionMatcher.sameAccolade(a, b).same()).as(why).isEqualTo(same);
        assertThat(MentionMatcher.sameAccolade(b, a).same()).as(why + " (reversed)").isEqualTo(same);
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void organizationsCountriesAndWorks() {
        assertThat(MentionMatcher.sameOrganization(Mention.of(B + "organization/shochiku-co-ltd", Kind.ORGANIZATION)
                .name("Shochiku Co., Ltd."), Mention.of(B + "organization/shochiku", Kind.ORGANIZATION).name("Shochiku"))
                .same()).isTrue();
        assertThat(MentionMatcher.sameOrganization(Mention.of(B + "organization/toho", Kind.ORGANIZATION).name("Toho"),
                Mention.of(B + "organization/toho-towa", Kind.ORGANIZATION).name("Toho-Towa")).same()).isFalse();
        assertThat(MentionMatcher.sameCountry(Mention.of(B + "country/japan", Kind.COUNTRY).name("Japan"),
                Mention.of(B + "country/japan-2", Kind.COUNTRY).name("JAPAN")).same()).isTrue();
        Mention novel = Mention.of(B + "work/koizora", Kind.WORK).name("Koizora").film(FILM_A);
        Mention fullTitle = Mention.of(B + "work/koizora-setsunai-koi-monogatari", Kind.WORK)
                .name("Koizora: Setsunai Koi Monogatari").film(FILM_A);
        assertThat(MentionMatcher.sameWork(novel, fullTitle, AS_IS).same()).as("based on by one film").isTrue();
        Mention elsewhere = Mention.of(B + "work/koizora-setsunai-koi-monogatari", Kind.WORK)
                .name("Koizora: Setsunai Koi Monogatari").film(FILM_B);
        assertThat(MentionMatcher.sameWork(novel, elsewhere, AS_IS).same()).as("no film based on both").isFalse();
    }
}
