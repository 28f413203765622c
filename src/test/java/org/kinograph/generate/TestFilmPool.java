package org.kinograph.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The film pool: gmdb-films read with Jena, names turned around, the built-in fallback. */
public class TestFilmPool {
    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" \
            xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:movies="http://www.taotesting.com/movies.rdf#" \
            xml:base="http://www.taotesting.com/movies.rdf#">
            """;

    @TempDir
    Path tmp;

    private Path write(String relative, String body) throws IOException {
        Path f = tmp.resolve("gmdb").resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, HEAD + body + "</rdf:RDF>\n", StandardCharsets.UTF_8);
        return f;
    }

    private static String film(String id, int year, String... langLabels) {
        StringBuilder b = new StringBuilder("<rdf:Description rdf:about=\"http://www.taotesting.com/movies.rdf#" + id
                + "\"><rdf:type rdf:resource=\"http://www.taotesting.com/movies.rdf#Movie\"/>"
                + "<movies:year><![CDATA[" + year + "]]></movies:year>");
        for (int i = 0; i < langLabels.length; i += 2) {
            b.append("<rdfs:label xml:lang=\"").append(langLabels[i]).append("\"><![CDATA[").append(langLabels[i + 1])
                    .append("]]></rdfs:label>");
        }
        return b.append("</rdf:Description>\n").toString();
    }

    private static String person(String id, String property, String filmId, String... labels) {
        StringBuilder b = new StringBuilder("<rdf:Description rdf:about=\"http://www.taotesting.com/movies.rdf#" + id + "\">");
        for (String l : labels) b.append("<rdfs:label xml:lang=\"en-US\"><![CDATA[").append(l).append("]]></rdfs:label>");
        b.append("</rdf:Description>\n<rdf:Description rdf:about=\"http://www.taotesting.com/movies.rdf#").append(filmId)
                .append("\"><movies:").append(property).append(" rdf:resource=\"http://www.taotesting.com/movies.rdf#")
                .append(id).append("\"/></rdf:Description>\n");
        return b.toString();
    }

    private Path smallPool() throws IOException {
        write("2009/films.rdf", film("ZweiteFilm", 2009, "de-DE", "Der zweite Film", "fr-FR", "Le deuxième film")
                + film("AnotherDay", 2009, "fr-FR", "Un autre jour", "en-US", "Another Day", "de-DE", "Ein anderer Tag")
                + film("", 2009, "en-US", "", "es-ES", ""));
        write("2009/directors.rdf", person("TatiaRosenthal", "directedBy", "AnotherDay", "Rosenthal, Tatia"));
        write("2009/starring.rdf", person("BurrSteers", "starring", "AnotherDay", "Steers, Burr", "Burr Steers")
                + person("HarryConnick", "starring", "AnotherDay", "Connick, Harry, Jr.")
                + person("Debris", "starring", "AnotherDay", "%252525257C ALTERNATIVE NAMES ="));
        write("2010/films.rdf", film("AnotherDay", 2010, "en-US", "Another Day") + film("Solo", 2010, "en-US", "Solo"));
        return tmp.resolve("gmdb");
    }

    @Test
    void readsTitlesYearsDirectorsAndCastFromGmdbFiles() throws IOException {
        FilmPool pool = FilmPool.load(smallPool());
        assertThat(pool.isBuiltIn()).isFalse();
        assertThat(pool.description()).contains("3 films").contains("1 with a director");
        assertThat(pool.films()).extracting(FilmPool.Film::title).containsExactly("Another Day", "Solo", "Der zweite Film");
        FilmPool.Film another = pool.films().get(0);
        assertThat(another.id()).isEqualTo("http://www.taotesting.com/movies.rdf#AnotherDay");
        assertThat(another.year()).as("the earlier year of a film listed in two years").isEqualTo(2009);
        assertThat(another.directors()).containsExactly("Tatia Rosenthal");
        assertThat(another.cast()).as("'Last, First' turned around; one name per person; debris left out")
                .containsExactly("Burr Steers", "Harry Connick Jr.");
        assertThat(another.alternateTitles()).containsExactly("Ein anderer Tag", "Un autre jour");
        FilmPool.Film second = pool.films().get(2);
        assertThat(second.alternateTitles()).as("the German label is the title, the French one another title")
                .containsExactly("Le deuxième film");
        assertThat(pool.films().get(1).directors()).as("a film without people is still in the pool").isEmpty();
    }

    @Test
    void personLabelsBecomeNamesAsDocumentsWriteThem() {
        assertThat(PersonNames.natural("Rosenthal, Tatia")).isEqualTo("Tatia Rosenthal");
        assertThat(PersonNames.natural("Catullo , Daniel E., Iii")).isEqualTo("Daniel E. Catullo III");
        assertThat(PersonNames.natural("Chan, Jackie, SBS")).isEqualTo("Jackie Chan");
        assertThat(PersonNames.natural("Chen, Ashton; Chen, Xiaolong")).isEqualTo("Ashton Chen");
        assertThat(PersonNames.natural("Penélope Cruz")).isEqualTo("Penélope Cruz");
        assertThat(PersonNames.natural("Akber%2C Montazur")).isNull();
        assertThat(PersonNames.natural("Adolfo Pérez Esquivel Premio Nobel|20px")).isNull();
        assertThat(PersonNames.natural("Arya")).as("one word is not read as a person").isNull();
        assertThat(PersonNames.natural("Andre 3000")).isNull();
        assertThat(PersonNames.natural(List.of("Steers, Burr", "Burr Steers"))).isEqualTo("Burr Steers");
    }

    @Test
    void aMissingFolderFallsBackToTheBuiltInPool() {
        FilmPool pool = FilmPool.loadOrBuiltIn(tmp.resolve("no-such-folder"));
        assertThat(pool.isBuiltIn()).isTrue();
        assertThat(pool.description()).contains("built-in fallback pool");
        assertThat(pool.films()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(pool.films()).allMatch(f -> Titles.usable(f.title()), "every built-in title can be written about");
        assertThat(pool.films()).anyMatch(f -> f.directors().isEmpty()).anyMatch(f -> f.cast().isEmpty());
    }

    @Test
    void brokenPoolsAreReportedWithTheFile() throws IOException {
        assertThatThrownBy(() -> FilmPool.load(tmp.resolve("nothing"))).isInstanceOf(FilmPool.PoolException.class)
                .hasMessageContaining("nothing");
        Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> FilmPool.load(tmp.resolve("empty"))).hasMessageContaining("no year folders");
        Path broken = tmp.resolve("broken/2009/films.rdf");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "<rdf:RDF this is not XML", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FilmPool.load(tmp.resolve("broken"))).hasMessageContaining("films.rdf");
    }

    @Test
    void theDefaultFolderIsBesideTheInstallation() {
        String old = System.getProperty("kinograph.home");
        try {
            System.setProperty("kinograph.home", "/opt/kino/kinograph");
            assertThat(FilmPool.defaultFolder()).isEqualTo(Path.of("/opt/kino/shared/reference/gmdb-films"));
        } finally {
            if (old == null) System.clearProperty("kinograph.home");
            else System.setProperty("kinograph.home", old);
        }
    }

    @Test
    void theSharedPoolHoldsThousandsOfRealFilms() {
        FilmPool pool = GeneratorFixture.gmdb();
        assertThat(pool.isBuiltIn()).isFalse();
        assertThat(pool.films()).hasSizeGreaterThan(10_000);
        assertThat(pool.films()).allMatch(f -> f.year() >= 2008 && f.year() <= 2014);
        assertThat(pool.films()).filteredOn(f -> f.title().equals("12 Rounds") && f.year() == 2009).singleElement()
                .satisfies(f -> {
                    assertThat(f.directors()).containsExactly("Renny Harlin");
                    assertThat(f.alternateTitles()).contains("Zwölf Runden");
                });
        long usable = pool.films().stream().filter(f -> Titles.usable(f.title())).count();
        assertThat(usable).as("films the generator can write about").isGreaterThan(8_000);
    }
}
