package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.source.Source;
import org.kinograph.source.SourceReader;
import org.kinograph.testing.Graphs;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.SCHEMA;

/**
 * Robustness over the real pages of ../shared/corpus/real: every file goes through the pipeline
 * without an exception and is either mapped (a film with a name) or skipped with a reason; pages
 * with YAML front matter are left to the static-site genre; a few pages whose film is plain from
 * their headline and text are checked for it.
 */
public class TestRealCorpus {

    static Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(TestFiles.realCorpus())) {
            return s.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    static DocumentPipeline.Mapped map(Path file) throws Exception {
        Source doc = new SourceReader().read(file);
        return Graphs.map(doc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void mappedWithAFilmOrSkippedWithAReason(Path file) {
        assertThatCode(() -> {
            DocumentPipeline.Mapped m = map(file);
            if (m.skipped() != null) {
                assertThat(m.skipped()).as("skip reason").matches("(?s)(unknown genre|no film: ).+\\S.*");
                assertThat(m.document()).isEmpty();
            } else {
                assertThat(filmNames(Graphs.dataOnly(m.document()))).as("films of " + file.getFileName())
                        .isNotEmpty().allSatisfy(n -> assertThat(n).isNotBlank());
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void staticSitePostsAreNotForumPagesOrBlogReviews() throws Exception {
        List<Path> posts = files().filter(f -> f.getFileName().toString().endsWith(".md")).toList();
        assertThat(posts).isNotEmpty();
        for (Path p : posts) {
            String text = new SourceReader().read(p).text();
            assertThat(new ForumPage().score(text).score()).as(p.getFileName() + " as forum").isLessThan(GenreRegistry.THRESHOLD);
            assertThat(new BlogReview().score(text).score()).as(p.getFileName() + " as blog").isLessThan(GenreRegistry.THRESHOLD);
        }
    }

    @Test
    void pagesWhoseFilmIsPlain() throws Exception {
        assertThat(film("koizora__livejournal_review.txt")).isEqualTo("film/koizora-2007 Koizora");
        assertThat(film("rashomon_1950__landolt_c_blog_review.txt")).isEqualTo("film/rashomon-1950 Rashōmon");
        assertThat(film("kimi_ni_todoke_2010__hibarisensei_wordpress_review.txt"))
                .isEqualTo("film/kimi-ni-todoke-2010 Kimi ni Todoke");
    }

    @Test
    void aNewsPostAboutCastingNamesNoPeopleAsItsFilm() throws Exception {
        DocumentPipeline.Mapped m = map(TestFiles.realCorpus().resolve("kimi_ni_todoke_2010__eigapedia_news.txt"));
        if (m.skipped() == null) {
            assertThat(filmNames(Graphs.dataOnly(m.document()))).containsExactly("Kimi ni Todoke");
        } else {
            assertThat(m.skipped()).startsWith("no film: ");
        }
    }

    @Test
    void aForumReplyThatNamesSeveralFilmsIsAboutNone() throws Exception {
        DocumentPipeline.Mapped m = map(TestFiles.realCorpus().resolve("japanese_films__gangsterbb_ubbthreads_forum_reply.txt"));
        assertThat(m.genre()).isEqualTo(ForumPage.NAME);
        assertThat(m.skipped()).startsWith("no film: ");
    }

    private static String film(String name) throws Exception {
        DocumentPipeline.Mapped m = map(TestFiles.realCorpus().resolve(name));
        assertThat(m.skipped()).as(name).isNull();
        Graph g = Graphs.dataOnly(m.document());
        List<String> out = new ArrayList<>();
        g.find(Node.ANY, RDF.Nodes.type, SCHEMA.Movie).forEachRemaining(t -> g.find(t.getSubject(), SCHEMA.name, Node.ANY)
                .forEachRemaining(n -> out.add(t.getSubject().getURI().replace("https://w3id.org/kinograph/id/", "") + " "
                        + n.getObject().getLiteralLexicalForm())));
        assertThat(out).as(name).hasSize(1);
        return out.get(0);
    }

    private static List<String> filmNames(Graph g) {
        List<String> names = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, RDF.Nodes.type, SCHEMA.Movie).toList()) {
            g.find(t.getSubject(), SCHEMA.name, Node.ANY).forEachRemaining(n -> names.add(n.getObject().getLiteralLexicalForm()));
        }
        return names;
    }
}
