package org.kinograph.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinograph.model.AdaptationEntry;
import org.kinograph.model.CastEntry;
import org.kinograph.model.SourceWorkEntry;
import org.kinograph.model.Value;

public class TestFilmSentences {
    static Value v(String s) {
        return new Value(s, 100, 100 + s.length());
    }

    static List<String> pairs(List<CastEntry> cast) {
        return cast.stream().map(c -> (c.actor() == null ? "-" : c.actor().text()) + " > "
                + (c.character() == null ? "-" : c.character().text())).toList();
    }

    @Test
    void yearOfAFilm() {
        Value s = v("Tokyo Story is a 1953 Japanese drama film.");
        assertThat(FilmSentences.year(s).text()).isEqualTo("1953");
        assertThat(FilmSentences.year(s).begin()).isEqualTo(100 + s.text().indexOf("1953"));
        assertThat(FilmSentences.year(v("In 1953 it was shown."))).isNull();
        assertThat(FilmSentences.saysIsAFilm("Tokyo Story is a 1953 Japanese drama film.")).isTrue();
        assertThat(FilmSentences.saysIsAFilm("Tokyo is a city.")).isFalse();
    }

    @Test
    void yearOfADate() {
        assertThat(FilmSentences.yearOfDate(v("March 2nd 1999")).text()).isEqualTo("1999");
        assertThat(FilmSentences.yearOfDate(v("soon"))).isNull();
    }

    @Test
    void basedOnSameNameWithOfOrWith() {
        SourceWorkEntry a = FilmSentences.basedOn(v("It is based on a manga of the same name."), "r", 0.8);
        assertThat(a.kind().text()).isEqualTo("manga");
        assertThat(a.name()).isNull();
        SourceWorkEntry b = FilmSentences.basedOn(v("A hit that is based on a book with the same name."), "r", 0.8);
        assertThat(b.kind().text()).isEqualTo("book");
        assertThat(b.name()).isNull();
        SourceWorkEntry c = FilmSentences.basedOn(v("It is based on the novel The Leopard by Giuseppe Tomasi."), "r", 1);
        assertThat(c.name().text()).isEqualTo("The Leopard");
        assertThat(c.author().text()).isEqualTo("Giuseppe Tomasi");
    }

    @Test
    void directedBy() {
        assertThat(FilmSentences.directors(v("The film is directed by Ana Lily Amirpour and stars Sheila Vand.")))
                .extracting(Value::text).containsExactly("Ana Lily Amirpour");
        assertThat(FilmSentences.directors(v("It was directed by Joel Coen and Ethan Coen.")))
                .extracting(Value::text).containsExactly("Joel Coen", "Ethan Coen");
        assertThat(FilmSentences.directors(v("It was directed by a committee."))).isEmpty();
    }

    @Test
    void starsPairOnlyWhenTheSentencePairs() {
        assertThat(pairs(FilmSentences.stars(v("It stars Toni Collette and Alex Wolff as Annie and Peter, a "
                + "mother and son."), "r", 0.7))).containsExactly("Toni Collette > Annie", "Alex Wolff > Peter");
        assertThat(pairs(FilmSentences.stars(v("It stars Toni Collette as Annie, Alex Wolff as Peter and Ann Dowd."),
                "r", 0.7))).containsExactly("Toni Collette > Annie", "Alex Wolff > Peter", "Ann Dowd > -");
        // two actors, one character: no pairing at all
        assertThat(pairs(FilmSentences.stars(v("It stars Toni Collette and Alex Wolff as Annie."), "r", 0.7)))
                .containsExactly("Toni Collette > -", "Alex Wolff > -");
        assertThat(pairs(FilmSentences.stars(v("Starring Toni Collette, Alex Wolff, and Ann Dowd, it follows a family."),
                "r", 0.7))).containsExactly("Toni Collette > -", "Alex Wolff > -", "Ann Dowd > -");
    }

    @Test
    void castingSentences() {
        assertThat(pairs(FilmSentences.casting(v("The quiet neighbour – Rosa – is played by Emma Suárez."), "r", 0.7)))
                .containsExactly("Emma Suárez > Rosa");
        assertThat(pairs(FilmSentences.casting(v("The heroine is played by Emma Suárez."), "r", 0.7)))
                .containsExactly("Emma Suárez > -");
        assertThat(pairs(FilmSentences.casting(v("She is voiced by Emma Suárez."), "r", 0.7)))
                .containsExactly("Emma Suárez > -");
        assertThat(pairs(FilmSentences.casting(v("Later, Kenji Tanaka, who plays Goro Ide, steals the show."), "r", 0.7)))
                .containsExactly("Kenji Tanaka > Goro Ide");
        // a character doing something is no casting
        assertThat(FilmSentences.casting(v("Rosa Diaz plays the piano. Rosa plays Chopin."), "r", 0.7)).isEmpty();
    }

    @Test
    void fullTitleAndItsTranslation() {
        Value text = v("It is based on a novel of the same name. The full title of the novel is “Haru no Umi: Nagai "
                + "Tabi”, which means “Spring Sea: A Long Journey”.");
        SourceWorkEntry w = FilmSentences.fullTitle(text, FilmSentences.basedOn(text, "r", 0.8), "r2", 0.7);
        assertThat(w.kind().text()).isEqualTo("novel");
        assertThat(w.name().text()).isEqualTo("Haru no Umi: Nagai Tabi");
        assertThat(w.alternateName().text()).isEqualTo("Spring Sea: A Long Journey");
        assertThat(w.rule()).isEqualTo("r");
        SourceWorkEntry alone = FilmSentences.fullTitle(v("The original title of the book: \"Kaze\"."), null, "r2", 0.7);
        assertThat(alone.name().text()).isEqualTo("Kaze");
        assertThat(alone.alternateName()).isNull();
        assertThat(alone.kind().text()).isEqualTo("book");
    }

    @Test
    void adaptations() {
        List<AdaptationEntry> a = FilmSentences.adaptations(v("It was later adapted into a TV drama series in 2011."),
                "r", 0.6);
        assertThat(a).hasSize(1);
        assertThat(a.get(0).kind().text()).isEqualTo("TV drama series");
        assertThat(a.get(0).year().text()).isEqualTo("2011");
        assertThat(FilmSentences.adaptations(v("She was made into a star."), "r", 0.6)).isEmpty();
    }
}
