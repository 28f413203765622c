package org.kinograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The normalised forms resolution compares, as tables of (a, b, same?) and of folded forms. */
public class TestNormaliser {

    @ParameterizedTest(name = "fold({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "Takita Yōjirō | takita yojiro",
        "Yūko Asano | yuko asano",
        "Yuuko Asano | yuko asano",
        "Shin Kouno | shin kono",
        "Louis Malle | louis malle",
        "Daniel Brühl | daniel bruhl",
        "Łódź | lodz",
        "Straße | strasse",
        "ＫＯＩＺＯＲＡ | koizora",
        "Mr. Children's | mr childrens",
        "Good Bye, Lenin! | good bye lenin",
        "'  ' | ''",
    })
    void fold(String in, String out) {
        assertThat(Normaliser.fold(in)).isEqualTo(out);
    }

    @ParameterizedTest(name = "romaji({0}) = {1}")
    @CsvSource({"kouno, true", "shinjuku, true", "nippon, true", "matcha, true", "tsutomu, true", "kyuzo, true",
        "louis, false", "smith, false", "george, false", "brando, false"})
    void romanisedJapanese(String token, boolean romaji) {
        assertThat(Normaliser.isRomaji(token)).isEqualTo(romaji);
    }

    /** Two titles are the same title when their full keys meet, or one's main key is the other's full key. */
    static boolean sameTitle(String a, String b) {
        Normaliser.TitleKeys ka = Normaliser.titleKeys(a);
        Normaliser.TitleKeys kb = Normaliser.titleKeys(b);
        return ka.full().equals(kb.full()) || ka.main().equals(kb.full()) || ka.full().equals(kb.main());
    }

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "Koizora (film) | Koizora | true",
        "Koizora (2007 film) | koizora | true",
        "Koizora [2007 J-Movie] | Koizora | true",
        "Koizora (Japanese Movie) | Koizora | true",
        "Koizora (Sky of love) | Koizora | true",
        "Koizora Sky Of Love Film 38 | Koizora: Sky of Love | true",
        "Koizora: Sky of Love | Koizora | true",
        "Koizora - A Heartbreaking Japanese Romance | Koizora | true",
        "The Godfather | Godfather | true",
        "Rashōmon | Rashomon | true",
        "Rashoumon | Rashōmon | true",
        "Spirited Away Full Movie HD 720p | Spirited Away | true",
        "Good Bye, Lenin! | Good Bye Lenin | true",
        "Koizora (TV series) | Koizora | false",
        "Koizora (novel) | Koizora | false",
        "Star Wars: A New Hope | Star Wars: The Empire Strikes Back | false",
        "Koizora | Kimi ni Todoke | false",
        "Scary Movie 4 | Scary Movie 3 | false",
        "Movie 43 | Movie 44 | false",
        "A Song to the Sun | Midnight Sun | false",
    })
    void titles(String a, String b, boolean same) {
        assertThat(sameTitle(a, b)).isEqualTo(same);
        assertThat(sameTitle(b, a)).isEqualTo(same);
    }

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "Takita Yōjirō | Yojiro Takita | true",
        "Haruma Miura | Miura Haruma | true",
        "Yuu | Yū | true",
        "Yū | Yu | true",
        "Kōno | Kouno | true",
        "Yūko Asano | Yuuko Asano | true",
        "Hiro | Hiro Sakurai | false",
        "Yui | Yui Aragaki | false",
        "Louis Smith | Lois Smith | false",
        "Keisuke Koide | Koide Kesuke | false",
        "Hideo Watanabe | Mutsuki Watanabe | false",
    })
    void personNames(String a, String b, boolean same) {
        assertThat(Normaliser.nameKey(a).equals(Normaliser.nameKey(b))).isEqualTo(same);
    }

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "Shochiku Co., Ltd. | Shochiku | true",
        "Toho Company, Limited | Toho | true",
        "Cathay-Keris Films | Cathay Keris Films | true",
        "Toho | Shochiku | false",
        "Toho-Towa | Toho | false",
    })
    void organizations(String a, String b, boolean same) {
        assertThat(Normaliser.organizationKey(a).equals(Normaliser.organizationKey(b))).isEqualTo(same);
    }

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "50th Blue Ribbon Awards | Blue Ribbon Award | true",
        "20th Nikkan Sports Film Award | Nikkan Sports Film Award | true",
        "31st Japan Academy Prize | Japan Academy Prize | true",
        "81st Academy Awards | Academy Award | true",
        "2009 Mainichi Film Awards | 62nd Mainichi Film Award | true",
        "Japan Academy Prize | Academy Awards | false",
        "Hochi Film Award | Nikkan Sports Film Award | false",
    })
    void awards(String a, String b, boolean same) {
        assertThat(Normaliser.awardKey(a).equals(Normaliser.awardKey(b))).isEqualTo(same);
    }

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "Best Newcomer Award | Best Newcomer | true",
        "Newcomer of the Year | newcomer of the year | true",
        "Best Actress | Best Actor | false",
    })
    void categories(String a, String b, boolean same) {
        assertThat(Normaliser.categoryKey(a).equals(Normaliser.categoryKey(b))).isEqualTo(same);
    }

    @Test
    void titleKeysKeepTheSubtitleInTheFullKeyOnly() {
        Normaliser.TitleKeys k = Normaliser.titleKeys("The Koizora: Sky of Love (2007 film)");
        assertThat(k.full()).isEqualTo("koizora sky of love");
        assertThat(k.main()).isEqualTo("koizora");
    }

    @Test
    void blockKeysOfAFilmCoverEveryTitle() {
        Mention m = Mention.of("https://example.org/id/film/koizora-2007", Kind.FILM).name("Koizora")
                .altName("Koizora: Sky of Love");
        Set<String> keys = new TreeSet<>(MentionRecords.blockKeys(m));
        assertThat(keys).containsExactly("film:koizora", "film:koizora sky of love");
    }

    @Test
    void blockKeysOfAPersonIgnoreTheOrderOfNames() {
        Mention a = Mention.of("https://example.org/id/person/takita-yojiro", Kind.PERSON).name("Takita Yōjirō");
        Mention b = Mention.of("https://example.org/id/person/yojiro-takita", Kind.PERSON).name("Yojiro Takita");
        assertThat(MentionRecords.blockKeys(a)).containsExactly("person:takita yojiro")
                .isEqualTo(MentionRecords.blockKeys(b));
    }
}
