package org.kinograph.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinograph.model.Value;

public class TestNames {
    @Test
    void listsAndPeriods() {
        Value s = TestFilmSentences.v("with Ana Torrent, Fernando Fernán Gómez and Teresa Gimpera.");
        assertThat(Names.list(s, 4).names()).extracting(Value::text)
                .containsExactly("Ana Torrent", "Fernando Fernán Gómez", "Teresa Gimpera");
        assertThat(Names.name(TestFilmSentences.v("by J. R. Smith."), 2).text()).isEqualTo("J. R. Smith");
        assertThat(Names.name(TestFilmSentences.v("Hiro's sister"), 0).text()).isEqualTo("Hiro");
    }

    @Test
    void looksLikePerson() {
        assertThat(Names.looksLikePerson("Teresa Gimpera")).isTrue();
        assertThat(Names.looksLikePerson("Teresa")).isFalse();
        assertThat(Names.looksLikePerson("The protagonist of the film.")).isFalse();
        assertThat(Names.looksLikePerson("Film 38")).isFalse();
    }

    @Test
    void resolveOnlyWhenOneFullNameFits() {
        Value shortName = new Value("Gimpera", 40, 47);
        Value r = Names.resolve(shortName, Set.of("Teresa Gimpera", "Ana Torrent"));
        assertThat(r.text()).isEqualTo("Teresa Gimpera");
        assertThat(r.begin()).isEqualTo(40);
        assertThat(r.end()).isEqualTo(47);
        assertThat(Names.resolve(shortName, Set.of("Teresa Gimpera", "Luis Gimpera")).text()).isEqualTo("Gimpera");
    }
}
