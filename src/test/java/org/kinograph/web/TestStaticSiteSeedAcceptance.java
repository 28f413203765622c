package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.testing.Cli;
import org.kinograph.testing.TestFiles;

/**
 * The acceptance facts of the seed static-site post (read from the shared seeds, never copied),
 * checked as a user checks them: {@code kinograph ingest} into a TDB2 store, then SPARQL.
 */
public class TestStaticSiteSeedAcceptance {
    @TempDir
    static Path tmp;
    static Path store;

    static final String REVIEW = "?r a schema:Review . ";

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store");
        Path seed = TestFiles.sharedFile("seeds/003_9aa08453b82dc945.txt");
        Cli.Run r = Cli.ingest(store, seed);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("static-site-post").contains("ok");
    }

    private static String one(String var, String where) {
        return Cli.single(store, var, "SELECT ?" + var + " WHERE { " + REVIEW + where + " }");
    }

    @Test
    void oneReviewOfTheMovie() {
        assertThat(Cli.single(store, "n", "SELECT (COUNT(?r) AS ?n) WHERE { " + REVIEW + "}")).isEqualTo("1");
        assertThat(one("n", "?r schema:itemReviewed ?m . ?m a schema:Movie ; schema:name ?n")).isEqualTo("Koizora");
    }

    @Test
    void authorAndHeadline() {
        assertThat(one("n", "?r schema:author ?a . ?a a schema:Person ; schema:name ?n")).isEqualTo("kushalashok");
        assertThat(one("h", "?r schema:name ?h")).isEqualTo("Another emotive movie: Koizora");
    }

    @Test
    void dateTimeInUtc() {
        assertThat(one("d", "?r schema:datePublished ?d")).isEqualTo("2011-11-08T04:46:54Z");
        assertThat(one("t", "?r schema:datePublished ?d BIND(STR(DATATYPE(?d)) AS ?t)"))
                .isEqualTo("http://www.w3.org/2001/XMLSchema#dateTime");
    }

    @Test
    void geotag() {
        String geo = "?r schema:locationCreated ?p . ?p a schema:Place ; schema:geo ?g . ?g a schema:GeoCoordinates ; ";
        assertThat(one("lat", geo + "schema:latitude ?lat FILTER(?lat = 30.359057)")).isEqualTo("30.359057");
        assertThat(one("lon", geo + "schema:longitude ?lon FILTER(?lon = 76.449078)")).isEqualTo("76.449078");
        assertThat(one("t", geo + "schema:latitude ?lat BIND(STR(DATATYPE(?lat)) AS ?t)"))
                .isEqualTo("http://www.w3.org/2001/XMLSchema#decimal");
        assertThat(one("a", "?r schema:locationCreated ?p . ?p schema:address ?a"))
                .isEqualTo("punjabi university, patiala, punjab, india");
    }

    @Test
    void keywordsFromTheCategories() {
        assertThat(Cli.column(store, "k", "SELECT ?k WHERE { " + REVIEW + "?r schema:keywords ?k } ORDER BY ?k"))
                .containsExactly("Movie Reviews", "Reviews");
    }

    @Test
    void theBodyIsCleanText() {
        String body = one("b", "?r schema:reviewBody ?b");
        assertThat(body).doesNotContainPattern("&(?:#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
                .doesNotContain("<").doesNotContain("](").doesNotContain("**")
                // &#8217; and &#8230; decoded; the Wikipedia link's text kept
                .contains("guy’s").contains("loving…").contains("Koizora");
    }

    @Test
    void urlPosterAndWikipedia() {
        assertThat(one("u", "?r schema:url ?u"))
                .isEqualTo("http://kushalashok.wordpress.com/2011/11/08/another-emotive-movie-koizora/");
        assertThat(one("i", "?r schema:itemReviewed ?m . ?m schema:image ?i"))
                .isEqualTo("http://adaptiveblue.img.s3.amazonaws.com/topics/p/koizora/normal");
        assertThat(one("s", "?r schema:itemReviewed ?m . ?m schema:sameAs ?s"))
                .isEqualTo("http://en.wikipedia.org/wiki/Koizora");
        assertThat(one("l", "?r schema:inLanguage ?l")).isEqualTo("en");
    }

    @Test
    void evidenceIsWhatIsWritten() {
        // the anchors are cut from the document at code-point offsets: exactly the written values
        assertThat(Cli.single(store, "a", "SELECT ?a WHERE { ?x rdf:reifies <<( ?r schema:author ?p )>> ; nif:anchorOf ?a }"))
                .isEqualTo("kushalashok");
        assertThat(Cli.single(store, "a", "SELECT ?a WHERE { ?x rdf:reifies <<( ?m schema:name \"Koizora\" )>> ; nif:anchorOf ?a }")).isEqualTo("Koizora");
        assertThat(Cli.single(store, "a", "SELECT ?a WHERE { ?x rdf:reifies <<( ?m schema:image ?i )>> ; nif:anchorOf ?a }"))
                .isEqualTo("http://adaptiveblue.img.s3.amazonaws.com/topics/p/koizora/normal");
    }
}
