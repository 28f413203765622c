package org.kinograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.prov.Provenance;
import org.kinograph.store.KinographStore;
import org.kinograph.testing.Cli;
import org.kinograph.testing.Graphs;
import org.kinograph.vocab.Ids;

/**
 * Decisions change with the documents: a film without a year joins the one dated film of its
 * title, leaves it when a second film of that title (another year) arrives, joins the one whose
 * director it names when its document is changed to name one; two films with the same title and
 * different years stay two films; an undone merge gives the document graph back as mapped. Small
 * documents written for the test.
 */
public class TestReresolution {
    static final String B = Ids.DEFAULT_BASE;
    static final String FILM_1999 = B + "film/lantern-night-1999";
    static final String FILM_2011 = B + "film/lantern-night-2011";
    static final String FILM_NO_YEAR = B + "film/lantern-night";

    static final String ARTICLE_1999 = """
            = Lantern Night (1999 film) =

            - Director: Aiko Tanabe
            - Starring: Ren Oda, Mio Sato
            - Released: 1999-05-01
            - Runtime: 98 minutes

            Lantern Night is a 1999 Japanese film directed by Aiko Tanabe.

            ==Plot==
            A ferryman keeps a lantern lit for a daughter who left the island.

            ==Cast==
            - Ren Oda as Jun Hayama, the ferryman
            - Mio Sato as Aya Hayama, his daughter
            """;

    static final String ARTICLE_2011 = """
            = Lantern Night (2011 film) =

            - Director: Kenji Mori
            - Starring: Daichi Ueno, Sara Ito
            - Released: 2011-09-10
            - Runtime: 121 minutes

            Lantern Night is a 2011 Japanese film directed by Kenji Mori.

            ==Plot==
            A night watchman in Osaka finds a lantern that shows the past.
            """;

    static String post(String director) {
        return "---\ntitle: Lantern Night\ndate: 2015-03-02\nauthor: Kaori Hino\n"
                + (director == null ? "" : "director: " + director + "\n")
                + "categories:\n  - Movie Reviews\n---\n\n"
                + "I watched Lantern Night last weekend and the ending stayed with me for days. The lantern scenes are "
                + "beautifully shot and the music is quiet and patient.\n";
    }

    @TempDir
    Path tmp;
    Path store;
    Path docs;

    @BeforeEach
    void folders() throws IOException {
        store = tmp.resolve("store");
        docs = Files.createDirectories(tmp.resolve("docs"));
    }

    private Path write(String name, String text) throws IOException {
        Path f = docs.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private void ingest(Path... files) {
        Cli.Run r = Cli.ingest(store, files);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    private String reviewed(String author) {
        return Cli.single(store, "f", "SELECT ?f WHERE { ?r a schema:Review ; schema:author/schema:name \"" + author
                + "\" ; schema:itemReviewed ?f }");
    }

    @Test
    void twoFilmsWithTheSameTitleAndDifferentYearsStayTwoFilms() throws IOException {
        ingest(write("a.txt", ARTICLE_1999), write("b.txt", ARTICLE_2011));
        assertThat(Cli.column(store, "f", "SELECT DISTINCT ?f WHERE { ?f a schema:Movie } ORDER BY ?f"))
                .containsExactly(FILM_1999, FILM_2011);
        assertThat(Cli.single(store, "n", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + B + "graph/resolution> "
                + "{ ?s owl:sameAs ?o } }")).isEqualTo("0");
    }

    @Test
    void aChangedOrAddedDocumentChangesTheMerges() throws IOException {
        Path post = write("post.md", post(null));
        ingest(write("a.txt", ARTICLE_1999), post);
        // one film of that title has a year: the post is about it
        assertThat(reviewed("Kaori Hino")).isEqualTo(FILM_1999);
        assertThat(Cli.column(store, "o", "SELECT ?o WHERE { <" + FILM_NO_YEAR + "> owl:sameAs ?o }"))
                .containsExactly(FILM_1999);

        // a second film of that title, another year: the post names no director, so it is about neither
        Path b = write("b.txt", ARTICLE_2011);
        ingest(b);
        assertThat(reviewed("Kaori Hino")).isEqualTo(FILM_NO_YEAR);
        assertThat(Cli.column(store, "o", "SELECT ?o WHERE { <" + FILM_NO_YEAR + "> owl:sameAs ?o }")).isEmpty();
        assertThat(Graphs.diff(mappedGraph(post), storedGraph(post))).as("undone: the post's graph is as mapped again").isEmpty();

        // the post is edited to name the 2011 film's director: it is about the 2011 film
        write("post.md", post("Kenji Mori"));
        ingest(post);
        assertThat(reviewed("Kaori Hino")).isEqualTo(FILM_2011);
        assertThat(Cli.column(store, "m", "SELECT ?m WHERE { GRAPH <" + B + "graph/resolution> { ?r kino:resolvedTo <"
                + FILM_2011 + "> . ?x rdf:reifies <<( ?r kino:resolvedTo <" + FILM_2011 + "> )>> ; kino:method ?m } }"))
                .containsExactly("resolve/film-title-evidence");
        assertThat(Cli.column(store, "e", "SELECT ?e WHERE { ?x rdf:reifies <<( <" + FILM_NO_YEAR + "> owl:sameAs <"
                + FILM_2011 + "> )>> ; kino:evidence ?e }")).contains("same director kenji mori");

        // the 2011 article is changed into another film: the post's film has no match left but the 1999 one,
        // whose director is another: it stays on its own
        write("b.txt", ARTICLE_2011.replace("Lantern Night", "Harbour Lights"));
        ingest(b);
        assertThat(reviewed("Kaori Hino")).isEqualTo(FILM_NO_YEAR);
        assertThat(Cli.column(store, "f", "SELECT DISTINCT ?f WHERE { ?f a schema:Movie } ORDER BY ?f"))
                .containsExactly(B + "film/harbour-lights-2011", FILM_NO_YEAR, FILM_1999);
        assertThat(Graphs.diff(mappedGraph(post), storedGraph(post))).isEmpty();
    }

    @Test
    void oneDocumentsEvidenceDoesNotDecideForAnotherThatMintsTheSameIri() throws IOException {
        ingest(write("a.txt", ARTICLE_1999), write("b.txt", ARTICLE_2011), write("post.md", post(null)),
                write("post-mori.md", post("Kenji Mori").replace("Kaori Hino", "Ryo Aoki")));
        assertThat(reviewed("Kaori Hino")).isEqualTo(FILM_NO_YEAR);
        assertThat(reviewed("Ryo Aoki")).isEqualTo(FILM_2011);
        // film/lantern-night means two things in two documents: no owl:sameAs for it, one kino:resolvedTo
        assertThat(Cli.column(store, "o", "SELECT ?o WHERE { <" + FILM_NO_YEAR + "> owl:sameAs ?o }")).isEmpty();
        assertThat(Cli.column(store, "o", "SELECT ?o WHERE { ?r kino:mentionOf <" + FILM_NO_YEAR + "> ; kino:resolvedTo ?o }"))
                .containsExactly(FILM_2011);
    }

    /** @return the data triples of a document's graph in the store. */
    private Graph storedGraph(Path file) {
        Ids ids = new Ids(B);
        String id = Graphs.read(file).id();
        Graph g = GraphFactory.createDefaultGraph();
        try (KinographStore s = KinographStore.open(store, ids)) {
            s.dataset().executeRead(() -> s.dataset().asDatasetGraph().find(ids.graph(id), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> {
                        if (!Provenance.isReifierQuad(q)) g.add(q.asTriple());
                    }));
        }
        return g;
    }

    /** @return the data triples of a document as mapped (before resolution). */
    private static Graph mappedGraph(Path file) {
        DocumentPipeline.Mapped m = Graphs.map(Graphs.read(file));
        return Graphs.dataOnly(m.document());
    }
}
