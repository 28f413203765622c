package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.testing.Graphs;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.SCHEMA;

/**
 * The 19 real Jekyll film posts of the shared corpus (read in place, never copied): every one goes
 * through the pipeline without an exception, and is either a review of the film named below (read
 * by hand from each post) or reported as about no film with a reason. Posts with a {@code link:}
 * field that are mapped give their Movie that link as {@code schema:sameAs}.
 */
public class TestJekyllCorpus {
    private static final Pattern LINK = Pattern.compile("(?m)^link:\\s*(\\S+)\\s*$");

    /** Lists of several films, or a post about an upcoming film: no single film reviewed. */
    private static final Set<String> NO_FILM = Set.of(
            "jekyll_2016-12-20-Minimalist-Posters-of-Some-of-the-Best-Telugu-Movies-of-2016.md",
            "jekyll_2016-3-8-Top-10-Inspiring-and-Relatable-Female-Characters-in-Recent-Telugu-Films.md",
            "jekyll_2016-4-12-Top-10-Recent-Must-Watch-Tamil-Films-Dubbed-Into-Telugu.md",
            "jekyll_2016-5-31-5-Things-That-are-Exciting-About-A-Aa.md",
            "jekyll_2016-6-19-Top-10-Heart-Touching-Father-Sentiment-Scenes-in-Recent-Telugu-Films.md",
            "jekyll_2017-1-5-Best-of-Manasulo-Maatalu-2016.md");

    /** The film each review is about, as its title: field (and link:) name it. */
    private static final Map<String, String> FILM = Map.ofEntries(
            Map.entry("jekyll_2016-10-9-Majnu.md", "Majnu"),
            Map.entry("jekyll_2016-11-25-Ekkadiki-Pothavu-Chinnavada.md", "Ekkadiki Pothavu Chinnavada"),
            Map.entry("jekyll_2016-3-12-Kalyana-Vaibhogame-Comedy-Makes-It-Worth-The-Watch.md", "Kalyana Vaibhogame"),
            Map.entry("jekyll_2016-3-28-ABCD-A-Silly-Modern-Comedy.md", "ABCD"),
            Map.entry("jekyll_2016-3-6-Krishnagadi-Veera-Prema-Gadha-An-Elongated-Suspense-Love-Story.md",
                    "Krishnagadi Veera Prema Gadha"),
            Map.entry("jekyll_2016-3-7-Bangalore-Days-A-Beautiful-Narration.md", "Bangalore Days"),
            Map.entry("jekyll_2016-5-19-24-Time-Travel-Evil-Twin-and-an-Absurd-Romance.md", "24"),
            Map.entry("jekyll_2016-6-24-Oka-Manasu-An-Outdated-and-Slow-Musical-Exploration-of-Love-Politics-and-Fate.md",
                    "Oka Manasu"),
            // "Nava Manmadhudu (Thanga Magan)": the Telugu dub of the Tamil film its link and tags name
            Map.entry("jekyll_2016-8-17-Nava-Manmadhudu-Anticlimactic-Family-Revenge-Drama.md", "Thanga Magan"),
            Map.entry("jekyll_2016-9-11-Pelli-Choopulu-Simple-and-Sound.md", "Pelli Choopulu"),
            Map.entry("jekyll_2017-1-1-Intlo-Deyyam-Nakem-Bhayam.md", "Intlo Deyyam Nakem Bhayam"),
            Map.entry("jekyll_2017-1-17-Shatamanam-Bhavati.md", "Shatamanam Bhavati"),
            Map.entry("jekyll_2017-2-4-Nenu-Local.md", "Nenu Local"));

    static Stream<Path> posts() throws IOException {
        Path dir = TestFiles.sharedFile("corpus/real");
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().matches("jekyll_.*\\.md")).sorted().toList();
            return files.stream();
        }
    }

    @Test
    void allNineteenAreThereAndClassifiedByHand() throws IOException {
        List<String> names = posts().map(p -> p.getFileName().toString()).toList();
        assertThat(names).hasSize(19);
        assertThat(names).allSatisfy(n -> assertThat(NO_FILM.contains(n) ^ FILM.containsKey(n)).as(n).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("posts")
    void mappedOrNoFilmWithAReason(Path post) throws IOException {
        String name = post.getFileName().toString();
        DocumentPipeline.Mapped mapped = Graphs.map(Graphs.read(post));
        assertThat(mapped.genre()).isEqualTo(StaticSitePost.NAME);
        if (NO_FILM.contains(name)) {
            assertThat(mapped.skipped()).startsWith("no film: ");
            assertThat(mapped.skipped().length()).isGreaterThan("no film: ".length() + 10);
            return;
        }
        assertThat(mapped.skipped()).isNull();
        Graph g = Graphs.dataOnly(mapped.document());
        List<Node> movies = g.find(Node.ANY, RDF.Nodes.type, SCHEMA.Movie).mapWith(t -> t.getSubject()).toList();
        assertThat(movies).hasSize(1);
        Node movie = movies.get(0);
        assertThat(g.find(movie, SCHEMA.name, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList())
                .containsExactly(FILM.get(name));
        List<Node> reviews = g.find(Node.ANY, RDF.Nodes.type, SCHEMA.Review).mapWith(t -> t.getSubject()).toList();
        assertThat(reviews).hasSize(1);
        assertThat(g.contains(reviews.get(0), SCHEMA.itemReviewed, movie)).isTrue();
        Matcher link = LINK.matcher(Files.readString(post, StandardCharsets.UTF_8));
        if (link.find()) {
            assertThat(g.contains(movie, SCHEMA.sameAs, NodeFactory.createURI(link.group(1))))
                    .as("sameAs " + link.group(1)).isTrue();
        }
    }
}
