package org.kinograph.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.generate.CorpusGenerator.Document;
import org.kinograph.generate.CorpusGenerator.Kind;
import org.kinograph.testing.TestFiles;

/** The generator as a library: determinism, the number and layout of files, the mix of genres and films. */
public class TestCorpusGenerator {
    @TempDir
    Path tmp;

    private static final CorpusGenerator.Listener QUIET = (d, f, done, total) -> { };

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertSameFiles(Path a, Path b) {
        List<String> files = GeneratorFixture.files(a);
        assertThat(GeneratorFixture.files(b)).isEqualTo(files);
        for (String f : files) assertThat(bytes(b.resolve(f))).as(f).isEqualTo(bytes(a.resolve(f)));
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedAnotherCorpus() throws IOException {
        FilmPool pool = GeneratorFixture.gmdb();
        CorpusGenerator.generate(150, 42, tmp.resolve("a"), pool, QUIET);
        CorpusGenerator.generate(150, 42, tmp.resolve("b"), pool, QUIET);
        CorpusGenerator.generate(150, 43, tmp.resolve("c"), pool, QUIET);
        assertSameFiles(tmp.resolve("a"), tmp.resolve("b"));
        assertThat(GeneratorFixture.read(tmp.resolve("c").resolve(CorpusGenerator.MANIFEST)))
                .isNotEqualTo(GeneratorFixture.read(tmp.resolve("a").resolve(CorpusGenerator.MANIFEST)));
    }

    @Test
    void theBuiltInPoolIsDeterministicToo() throws IOException {
        CorpusGenerator.generate(80, 5, tmp.resolve("a"), FilmPool.builtIn(), QUIET);
        CorpusGenerator.generate(80, 5, tmp.resolve("b"), FilmPool.builtIn(), QUIET);
        assertSameFiles(tmp.resolve("a"), tmp.resolve("b"));
    }

    @Test
    void writesNDocumentsInFoldersOfAtMostAThousand() throws IOException {
        Path out = tmp.resolve("corpus");
        List<Integer> progress = new ArrayList<>();
        CorpusGenerator.Result r = CorpusGenerator.generate(1001, 9, out, FilmPool.builtIn(),
                (d, file, done, total) -> progress.add(done));
        assertThat(r.documents()).isEqualTo(1001);
        assertThat(progress).hasSize(1001).startsWith(1, 2).endsWith(1001);
        List<String> files = GeneratorFixture.files(out);
        assertThat(files).hasSize(1002).contains(CorpusGenerator.MANIFEST);
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("0000", "0001");
        }
        assertThat(files.stream().filter(f -> f.startsWith("0000/"))).hasSize(1000);
        assertThat(files.stream().filter(f -> f.startsWith("0001/")).toList()).singleElement().asString()
                .startsWith("0001/001000-");
        assertThat(GeneratorFixture.manifest(out)).hasSize(1001).allMatch(e -> Files.isRegularFile(e.file()));
    }

    @Test
    void allFourGenresInTheirSharesAndSeveralDocumentsPerFilm() throws IOException {
        CorpusGenerator.Result r = CorpusGenerator.generate(200, 3, tmp.resolve("c"), GeneratorFixture.gmdb(), QUIET);
        assertThat(r.perKind()).containsExactly(entry(Kind.ARTICLE, 60), entry(Kind.FORUM, 50), entry(Kind.BLOG, 40),
                entry(Kind.STATIC_POST, 50));
        assertThat(r.films()).as("two to five documents per film").isBetween(40, 100);
        List<GeneratorFixture.Entry> manifest = GeneratorFixture.manifest(tmp.resolve("c"));
        Map<String, Long> perFilm = manifest.stream().collect(Collectors.groupingBy(
                GeneratorFixture.Entry::film, Collectors.counting()));
        assertThat(perFilm).hasSize(r.films());
        assertThat(perFilm.values()).allMatch(n -> n <= 5);
        assertThat(perFilm.values().stream().filter(n -> n >= 2)).hasSizeGreaterThan(r.films() - 2);
    }

    @Test
    void aCharactersRelativesShareTheFamilyName() {
        List<String> cast = List.of("Ann Able", "Ben Baker", "Cy Cole", "Di Dunn", "Ed Eves", "Flo Fenn", "Gus Gale",
                "Hal Hart");
        FilmPool.Film film = new FilmPool.Film("x:1", "Winter Harbour", 2010, List.of(), cast, List.of());
        int relatives = 0;
        for (long seed = 0; seed < 50; seed++) {
            FilmFacts f = new FilmFacts(film, new Pick(seed));
            for (FilmFacts.Role r : f.roles) {
                String kin = Words.KIN.stream().filter(k -> r.description().endsWith("'s " + k)).findFirst().orElse(null);
                if (kin == null) continue;
                String given = r.description().substring(0, r.description().indexOf("'s "));
                String relative = f.characters.stream().filter(c -> c.startsWith(given + " ")).findFirst().orElseThrow();
                assertThat(family(r.character())).as(r + " and " + relative).isEqualTo(family(relative));
                relatives++;
            }
        }
        assertThat(relatives).isGreaterThan(20);
    }

    private static String family(String name) {
        return name.substring(name.indexOf(' ') + 1);
    }

    @Test
    void documentsAreGeneratedInOrderAndNeverTwice() {
        List<Document> small = list(CorpusGenerator.documents(30, 11, FilmPool.builtIn()));
        List<Document> large = list(CorpusGenerator.documents(400, 11, FilmPool.builtIn()));
        assertThat(large.subList(0, 30)).as("the first n documents of a corpus are the corpus of n").isEqualTo(small);
        Set<String> texts = new HashSet<>();
        assertThat(large).allMatch(d -> texts.add(d.text()), "no two documents are the same text");
    }

    @Test
    void onlyFilmsWhoseTitlesEveryGenreReadsBackAreWrittenAbout() {
        FilmPool.Film plain = new FilmPool.Film("x:1", "Winter Harbour", 2010, List.of(), List.of(), List.of());
        FilmPool.Film subtitled = new FilmPool.Film("x:2", "Harbour: The Return", 2011, List.of(), List.of(), List.of());
        FilmPool pool = new FilmPool(List.of(plain, subtitled), "two films", false);
        assertThat(list(CorpusGenerator.documents(20, 1, pool))).extracting(Document::film).containsOnly(plain);
        assertThat(Titles.usable("Harbour - The Return")).isFalse();
        assertThat(Titles.usable("Top 10 Harbours")).isFalse();
        assertThat(Titles.usable("Harbour Movies")).isFalse();
        assertThat(Titles.usable("X-Men Origins")).isTrue();
        assertThat(Titles.usable("At Last, Okemah")).isTrue();
        FilmPool none = new FilmPool(List.of(subtitled), "one film", false);
        assertThatThrownBy(() -> CorpusGenerator.documents(5, 1, none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one film");
    }

    @Test
    void theGeneratorsOwnTextNamesNoSampleFilmOrPerson() throws IOException {
        Path main = TestFiles.repo().resolve("src/main/java/org/kinograph/generate");
        List<String> samples = List.of("Koizora", "Aragaki", "Miura", "Departures", "Okuribito", "Spirited Away",
                "Chihiro", "Godfather", "Corleone", "Seven Samurai", "Kurosawa", "Winter Orchard", "Paper Lantern",
                "Glass Harbour", "kushalashok");
        try (Stream<Path> s = Files.list(main)) {
            for (Path f : s.toList()) {
                String text = Files.readString(f);
                for (String name : samples) assertThat(text).as(f.getFileName() + " names " + name).doesNotContain(name);
            }
        }
    }

    private static List<Document> list(Iterator<Document> it) {
        List<Document> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
