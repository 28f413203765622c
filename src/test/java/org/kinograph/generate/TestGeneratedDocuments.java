package org.kinograph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.testing.Cli;
import org.kinograph.testing.Graphs;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.SCHEMA;

/**
 * Generated documents read by the real pipeline: every one is detected as the genre it was
 * written as, and maps to the film it was written about (its schema:name is the pool's title, its
 * IRI carries the pool's year, so all documents about a film meet on one IRI).
 */
public class TestGeneratedDocuments {
    @TempDir
    static Path tmp;
    static Path gmdbCorpus;

    @BeforeAll
    static void generate() throws IOException {
        gmdbCorpus = tmp.resolve("gmdb");
        CorpusGenerator.generate(200, 2024, gmdbCorpus, GeneratorFixture.gmdb(), (d, f, done, total) -> { });
    }

    @Test
    void everyDocumentOfTheGmdbCorpusIsItsGenreAboutItsFilm() {
        assertAllReadBack(gmdbCorpus, 200);
    }

    @Test
    void everyDocumentOfTheBuiltInCorpusIsItsGenreAboutItsFilm() throws IOException {
        Path corpus = tmp.resolve("builtin");
        CorpusGenerator.generate(120, 77, corpus, FilmPool.builtIn(), (d, f, done, total) -> { });
        assertAllReadBack(corpus, 120);
    }

    @Test
    void theCorpusHasTheShapesOfRealDocuments() {
        Map<String, StringBuilder> texts = new TreeMap<>();
        for (GeneratorFixture.Entry e : GeneratorFixture.manifest(gmdbCorpus)) {
            texts.computeIfAbsent(e.genre(), g -> new StringBuilder()).append(GeneratorFixture.read(e.file())).append('\f');
        }
        assertThat(texts.get("encyclopedia-article").toString()).contains(" (film) =\n", "\n is a ", " as , ", "| |\n",
                "==Cast==", "===Awards===", "Release dates: ", "- Music: \n", "grossed a total of in ");
        assertThat(texts.get("forum-page").toString()).contains("Öffentlich·", "Public·", " membres\n", "Posted by: ",
                "Verfasst von: ", "Cast and Characters", "Download Zip:", "\n\n\n");
        assertThat(texts.get("blog-review").toString()).contains("Tagged as: , ,", "Leave a Reply", "Categories: ",
                "<h1 class=\"entry-title\">", "&#8217;", " is played by ", "My rating: ");
        assertThat(texts.get("static-site-post").toString()).contains("geo_latitude:", "tagazine-media:", "rating: ",
                "link: https://en.wikipedia.org/wiki/", "+05:30", "&#8217;", "categories: [");
    }

    /**
     * Ingest writes one transaction per document for now, so a smaller corpus keeps the test short:
     * the first 60 documents of the same seed, which are the first 60 of the corpus above.
     */
    @Test
    void theCorpusIngestsIntoTdb2WithEveryDocumentOk() throws IOException {
        Path corpus = tmp.resolve("gmdb-60");
        CorpusGenerator.generate(60, 2024, corpus, GeneratorFixture.gmdb(), (d, f, done, total) -> { });
        List<GeneratorFixture.Entry> small = GeneratorFixture.manifest(corpus);
        List<GeneratorFixture.Entry> large = GeneratorFixture.manifest(gmdbCorpus);
        for (int i = 0; i < small.size(); i++) {
            assertThat(GeneratorFixture.read(small.get(i).file())).isEqualTo(GeneratorFixture.read(large.get(i).file()));
        }
        Path store = tmp.resolve("store");
        Cli.Run r = Cli.ingest(store, corpus);
        assertThat(r.exit()).as(r.out().lines().filter(l -> !l.startsWith("ok ")).limit(20).toList().toString())
                .isZero();
        assertThat(r.out()).contains("60 documents: 60 ok, 0 unchanged, 0 skipped, 0 failed");
        Ids ids = new Ids(Ids.DEFAULT_BASE);
        long films = GeneratorFixture.manifest(corpus).stream()
                .map(e -> ids.film(e.title(), String.valueOf(e.year()))).distinct().count();
        String stored = Cli.single(store, "n", "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a schema:Movie }");
        assertThat(Long.parseLong(stored)).as("the documents about a film meet on one film IRI").isEqualTo(films);
    }

    /** Maps every document of the corpus and lists those not read back as written, with the reason. */
    private static void assertAllReadBack(Path corpus, int n) {
        List<GeneratorFixture.Entry> entries = GeneratorFixture.manifest(corpus);
        assertThat(entries).hasSize(n);
        List<String> wrong = new ArrayList<>();
        Map<String, int[]> perGenre = new TreeMap<>();
        for (GeneratorFixture.Entry e : entries) {
            String why = readBack(e);
            int[] counts = perGenre.computeIfAbsent(e.genre(), g -> new int[2]);
            counts[1]++;
            if (why == null) counts[0]++;
            else wrong.add(corpus.relativize(e.file()) + ": " + why);
        }
        StringBuilder accuracy = new StringBuilder();
        perGenre.forEach((g, c) -> accuracy.append(String.format(Locale.ROOT, "%s %d/%d; ", g, c[0], c[1])));
        assertThat(wrong).as("documents not read back as written (" + accuracy + ")").isEmpty();
        assertThat(perGenre).hasSize(4);
    }

    /** @return why the document is not what it was written as, or null when it is */
    private static String readBack(GeneratorFixture.Entry e) {
        DocumentPipeline.Mapped m = Graphs.map(Graphs.read(e.file()));
        if (!e.genre().equals(m.genre())) return "detected as " + m.genre() + ", written as " + e.genre();
        if (m.skipped() != null) return m.skipped();
        Node film = new Ids(Ids.DEFAULT_BASE).film(e.title(), String.valueOf(e.year()));
        List<String> names = m.document().stream().filter(q -> q.getSubject().equals(film)
                && q.getPredicate().equals(SCHEMA.name)).map(q -> q.getObject().getLiteralLexicalForm()).toList();
        if (!names.equals(List.of(e.title()))) {
            return "no film <" + film.getURI() + "> named \"" + e.title() + "\"; films: " + films(m.document());
        }
        return null;
    }

    private static List<String> films(List<Quad> quads) {
        return quads.stream().filter(q -> q.getPredicate().equals(SCHEMA.name)
                && q.getSubject().getURI().matches(".*/film/[^/]+$"))
                .map(q -> q.getSubject().getURI() + " " + q.getObject().getLiteralLexicalForm()).distinct().toList();
    }
}
