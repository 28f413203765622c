package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kinograph.testing.TestFiles;

/** Reading a target's films from a file with a profile's patterns. */
public class TestTargetReader {
    static final Path FIXTURE = TestFiles.repo().resolve("src/test/resources/link/wikidata-fixture.ttl");

    @TempDir
    Path tmp;

    private static Film byId(List<Film> films, String id) {
        return films.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    @Test
    void wikidataFixtureWholeFile() {
        TargetProfile p = TargetProfile.builtIn("wikidata");
        List<Film> films = new TargetReader(p, GraphService.read(FIXTURE, p), 50).all();
        // three films and two decoy films; the person labelled like a film title is no film
        assertThat(films).extracting(Film::id).containsExactlyInAnyOrder("http://www.wikidata.org/entity/Q155653",
                "http://www.wikidata.org/entity/Q189540", "http://www.wikidata.org/entity/Q47703",
                "http://decoy.example/entity/Q1", "http://decoy.example/entity/Q2");
        Film spirited = byId(films, "http://www.wikidata.org/entity/Q155653");
        assertThat(spirited.titles()).containsExactlyInAnyOrder("Spirited Away", "千と千尋の神隠し");
        assertThat(spirited.years()).containsExactly(2001);
        assertThat(spirited.minutes()).isEqualTo(125);
        assertThat(spirited.directors()).hasSize(1);
        assertThat(spirited.directors().get(0).id()).isEqualTo("http://www.wikidata.org/entity/Q55400");
        assertThat(spirited.directors().get(0).names()).containsExactlyInAnyOrder("Hayao Miyazaki", "宮崎駿");
        Film godfather = byId(films, "http://www.wikidata.org/entity/Q47703");
        assertThat(godfather.cast()).extracting(Person::id).containsExactlyInAnyOrder(
                "http://www.wikidata.org/entity/Q34012", "http://www.wikidata.org/entity/Q41163");
    }

    @Test
    void lookupAsksOnlyForOurTitlesInBlocks() {
        TargetProfile p = TargetProfile.builtIn("wikidata");
        CountingService s = new CountingService(GraphService.read(FIXTURE, p));
        List<Film> films = new TargetReader(p, s, 1).lookup(List.of("Spirited Away", "Koizora"));
        assertThat(films).extracting(Film::id).containsExactlyInAnyOrder("http://www.wikidata.org/entity/Q155653",
                "http://decoy.example/entity/Q1");
        // two title blocks of one, then five detail queries for each block of one film
        assertThat(s.queries).isEqualTo(2 + 2 * 5);
    }

    @Test
    void scanPagesWithLimitAndOffset() {
        TargetProfile p = TargetProfile.builtIn("wikidata");
        CountingService s = new CountingService(GraphService.read(FIXTURE, p));
        List<Film> films = new TargetReader(p, s, 2).scan();
        assertThat(films).hasSize(5);
        // pages of 2: 2, 2, 1 (the last short page ends the scan); details in 3 blocks of 5 queries
        assertThat(s.queries).isEqualTo(3 + 3 * 5);
    }

    @Test
    void gzippedFileAndOtherLanguagesDropped() throws IOException {
        Path gz = tmp.resolve("fixture.ttl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(FIXTURE, out);
        }
        TargetProfile en = TargetProfile.load(withLanguages(tmp, "en"));
        List<Film> films = new TargetReader(en, GraphService.read(gz, en), 50).all();
        assertThat(byId(films, "http://www.wikidata.org/entity/Q155653").titles()).containsExactly("Spirited Away");
    }

    private static Path withLanguages(Path dir, String languages) throws IOException {
        String wikidata = new String(TargetProfile.class.getResourceAsStream("/org/kinograph/link/targets/wikidata.properties")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Path f = dir.resolve("wikidata-en.properties");
        Files.writeString(f, wikidata.replaceAll("(?m)^languages = .*$", "languages = " + languages)
                .replace("name = wikidata", "name = wikidata-en"));
        return f;
    }

    @Test
    void linkedmdbSampleWithItsOwnVocabulary() throws IOException {
        Path all = tmp.resolve("linkedmdb.nt");
        try (var files = Files.list(TestFiles.sharedFile("reference/linkedmdb-sample"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".nt")).sorted().toList()) {
                Files.write(all, Files.readAllBytes(f), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
        }
        TargetProfile p = TargetProfile.builtIn("linkedmdb");
        List<Film> films = new TargetReader(p, GraphService.read(all, p), 50).all();
        assertThat(films).hasSize(25);
        Film men = byId(films, "http://data.linkedmdb.org/resource/film/12398");
        assertThat(men.titles()).containsExactly("Men in White");
        assertThat(men.directors()).extracting(Person::id).containsExactly("http://data.linkedmdb.org/resource/director/82");
        assertThat(byId(films, "http://data.linkedmdb.org/resource/film/14299").years()).containsExactly(2001);
        assertThat(byId(films, "http://data.linkedmdb.org/resource/film/12710").minutes()).isEqualTo(95);
    }

    @ParameterizedTest(name = "year({0}) = {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2001-07-20T00:00:00Z | 2001",
        "2001,2001-11-27      | 2001",
        "1954                 | 1954",
        "12345                | -",
        "unknown              | -",
    })
    void years(String date, Integer year) {
        assertThat(TargetReader.year(date)).isEqualTo(Optional.ofNullable(year));
    }

    @ParameterizedTest(name = "keep {0}")
    @CsvSource(delimiter = '|', value = {
        "http://p/label | en    | true",
        "http://p/label | en-GB | true",
        "http://p/label | ja    | false",
        "http://p/label | ''    | true",
        "http://p/other | en    | false",
    })
    void fileFilter(String predicate, String lang, boolean kept) {
        var o = lang.isEmpty() ? NodeFactory.createLiteralString("x") : NodeFactory.createLiteralLang("x", lang);
        Triple t = Triple.create(NodeFactory.createURI("http://s"), NodeFactory.createURI(predicate), o);
        assertThat(GraphService.keep(t, Set.of(NodeFactory.createURI("http://p/label")), List.of("en", "fr"))).isEqualTo(kept);
    }

    /** Counts the queries sent. */
    static final class CountingService implements SparqlService {
        final SparqlService inner;
        int queries;

        CountingService(SparqlService inner) {
            this.inner = inner;
        }

        @Override
        public List<org.apache.jena.query.QuerySolution> select(String query) {
            queries++;
            return inner.select(query);
        }

        @Override
        public String describe() {
            return inner.describe();
        }
    }
}
