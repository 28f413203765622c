package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.article.EncyclopediaArticle;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.testing.Cli;
import org.kinograph.testing.Graphs;
import org.kinograph.testing.TestFiles;

/**
 * The acceptance facts of the forum and blog seeds (issue 3), through the real pipeline: each
 * seed mapped by {@link Graphs#map} and queried with SPARQL, and all three seeds ingested with the
 * command line into one store, where both posts review the article's film.
 */
public class TestSeedWebAcceptance {
    static final String PREFIXES = "PREFIX schema: <http://schema.org/> PREFIX kino: <https://w3id.org/kinograph/vocab#> "
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
    static final String FILM = "<https://w3id.org/kinograph/id/film/koizora-2007>";
    static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

    static DocumentPipeline.Mapped forum;
    static DocumentPipeline.Mapped blog;
    static DatasetGraph forumData;
    static DatasetGraph blogData;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void map() {
        forum = Graphs.map(Graphs.read(TestFiles.seedForum()));
        blog = Graphs.map(Graphs.read(TestFiles.seedBlog()));
        forumData = dataset(forum);
        blogData = dataset(blog);
    }

    static DatasetGraph dataset(DocumentPipeline.Mapped m) {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        d.getDefaultGraph().getPrefixMapping();
        Graphs.dataOnly(m.document()).find().forEachRemaining(t -> d.getDefaultGraph().add(t));
        return d;
    }

    static List<String> rows(DatasetGraph d, String select) {
        List<String> out = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(PREFIXES + select, DatasetFactory.wrap(d))) {
            var rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> cells = new ArrayList<>();
                for (String v : vars) {
                    var n = s.get(v);
                    cells.add(n == null ? "-" : !n.isLiteral() ? n.toString() : decimal(n.asLiteral()));
                }
                out.add(String.join(" | ", cells));
            }
        }
        return out;
    }

    /** A decimal as its plain value ("10.0" → "10"), any other literal as its lexical form. */
    static String decimal(org.apache.jena.rdf.model.Literal l) {
        if (!org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal.getURI().equals(l.getDatatypeURI())) return l.getLexicalForm();
        java.math.BigDecimal d = new java.math.BigDecimal(l.getLexicalForm()).stripTrailingZeros();
        return d.toPlainString();
    }

    // ---------------------------------------------------------------------------------------------
    // detection

    @Test
    void eachSeedGoesToItsGenre() {
        GenreRegistry r = GenreRegistry.standard();
        assertThat(r.detect(Graphs.read(TestFiles.seedArticle()).text()).winner().orElseThrow().genre().name())
                .isEqualTo(EncyclopediaArticle.NAME);
        assertThat(forum.genre()).isEqualTo(ForumPage.NAME);
        assertThat(blog.genre()).isEqualTo(BlogReview.NAME);
        var staticPost = r.detectAll(Graphs.read(TestFiles.seedStaticPost()).text());
        for (var s : staticPost.scores()) {
            if (s.genre().name().equals(ForumPage.NAME) || s.genre().name().equals(BlogReview.NAME)) {
                assertThat(s.score().score()).as(s.genre().name()).isLessThan(GenreRegistry.THRESHOLD);
                assertThat(s.score().reason()).contains("front matter");
            }
        }
    }

    @Test
    void theWinnerSaysWhy() {
        var forumWin = GenreRegistry.standard().detect(Graphs.read(TestFiles.seedForum()).text()).winner().orElseThrow();
        assertThat(forumWin.score().reason()).contains("member count").contains("group welcome text");
        var blogWin = GenreRegistry.standard().detect(Graphs.read(TestFiles.seedBlog()).text()).winner().orElseThrow();
        assertThat(blogWin.score().reason()).contains("category/tag lines");
    }

    // ---------------------------------------------------------------------------------------------
    // forum page

    @Test
    void forumFilmIsTheArticlesFilm() {
        assertThat(forum.skipped()).isNull();
        assertThat(rows(forumData, "SELECT ?f ?n WHERE { ?f a schema:Movie ; schema:name ?n }"))
                .containsExactly(FILM.substring(1, FILM.length() - 1) + " | Koizora");
        assertThat(rows(forumData, "SELECT ?a WHERE { " + FILM + " schema:alternateName ?a }")).containsExactly("Sky of Love");
        assertThat(rows(forumData, "SELECT ?n WHERE { " + FILM + " schema:director/schema:name ?n }"))
                .containsExactly("Natsuki Imai");
        assertThat(rows(forumData, "SELECT ?n ?t WHERE { " + FILM + " schema:isBasedOn ?b . ?b a schema:Book ; "
                + "schema:name ?n ; schema:genre ?t }")).containsExactly("Koizora | cell phone novel");
    }

    @Test
    void forumReviewHasAuthorHeadlineAndACleanBody() {
        List<String> r = rows(forumData, "SELECT ?a ?h WHERE { ?r a schema:Review ; schema:itemReviewed " + FILM
                + " ; schema:author/schema:name ?a ; schema:name ?h }");
        assertThat(r).containsExactly("Alex Damasio | Koizora: Sky of Love - A Heartbreaking Japanese Romance Film");
        String body = rows(forumData, "SELECT ?b WHERE { ?r schema:reviewBody ?b }").get(0);
        assertThat(body).startsWith("Koizora: Sky of Love is a 2007 Japanese film")
                .endsWith("Koizora: Sky of Love is a film that you should watch.")
                .contains("Cast and Characters")
                .doesNotContain("top of page", "bottom of page", "Mitglieder", "Willkommen", "Download Zip",
                        "Film 38", "My Site", "Alex Damasio");
        assertThat(ENTITY.matcher(body).find()).isFalse();
        assertThat(rows(forumData, "SELECT ?l WHERE { ?r schema:inLanguage ?l }")).containsExactly("en");
    }

    @Test
    void forumRatingsFromThreeSites() {
        assertThat(rows(forumData, "SELECT ?site ?v ?best WHERE { " + FILM + " schema:aggregateRating ?r . "
                + "?r a schema:AggregateRating ; schema:ratingValue ?v ; schema:bestRating ?best ; "
                + "schema:author/schema:name ?site FILTER(datatype(?v) = xsd:decimal) } ORDER BY ?site"))
                .containsExactly("AsianWiki | 3.5 | 5", "IMDb | 7.1 | 10", "MyDramaList | 7.8 | 10");
    }

    @Test
    void forumBoxOfficeIsTheExactFigure() {
        assertThat(rows(forumData, "SELECT ?v ?c WHERE { " + FILM + " kino:boxOffice ?m . ?m a schema:MonetaryAmount ; "
                + "schema:value ?v ; schema:currency ?c }")).containsExactly("36684020 | USD");
    }

    @Test
    void forumCastBlocksNeverPairTheWrongActor() {
        List<String> roles = rows(forumData, "SELECT ?actor ?character WHERE { " + FILM + " kino:performance ?r . "
                + "?r a schema:PerformanceRole . OPTIONAL { ?r schema:actor/schema:name ?actor } "
                + "OPTIONAL { ?r schema:characterName ?character } }");
        assertThat(roles).containsExactlyInAnyOrder(
                "Yui Aragaki | Mika Tahara",
                "Haruma Miura | Hiro Sakurai",
                "Keisuke Koide | Yu Fukuhara",
                "- | Minako Sakurai",
                "Asami Usuda | -");
    }

    @Test
    void forumAwardClaims() {
        List<String> rows = rows(forumData, "SELECT ?award ?cat ?result (GROUP_CONCAT(?who; separator='+') AS ?rec) "
                + "WHERE { " + FILM + " kino:accolade ?a . ?a a kino:Accolade ; kino:awardName ?award ; "
                + "kino:category ?cat ; kino:result ?result . OPTIONAL { ?a kino:recipient/schema:name ?who } } "
                + "GROUP BY ?award ?cat ?result");
        assertThat(rows.stream().map(r -> {
            String[] p = r.split(" \\| ");
            String rec = p.length > 3 && !p[3].equals("-") ? String.join("+", new java.util.TreeSet<>(List.of(p[3].split("\\+")))) : "";
            return p[0] + " | " + p[1] + " | " + p[2] + " | " + rec;
        }).toList()).containsExactlyInAnyOrder(
                "Blue Ribbon Award | Best Newcomer | won | Yui Aragaki",
                "Nikkan Sports Film Award | Best Newcomer | won | Haruma Miura",
                "Japan Academy Prize | Newcomer of the Year | won | Haruma Miura+Yui Aragaki",
                "Japan Academy Prize | Outstanding Achievement in Music Direction | nominated | ",
                "Hochi Film Award | Best Actress | nominated | Yui Aragaki");
    }

    @Test
    void forumAdaptation() {
        assertThat(rows(forumData, "SELECT ?g ?y WHERE { " + FILM + " schema:workExample ?w . ?w a schema:TVSeries ; "
                + "schema:genre ?g ; schema:dateCreated ?y }")).containsExactly("TV drama series | 2008");
    }

    // ---------------------------------------------------------------------------------------------
    // blog review

    @Test
    void blogFilmIsTheArticlesFilm() {
        assertThat(blog.skipped()).isNull();
        assertThat(rows(blogData, "SELECT ?n ?d WHERE { " + FILM + " a schema:Movie ; schema:name ?n ; "
                + "schema:datePublished ?d FILTER(datatype(?d) = xsd:date) }")).containsExactly("Koizora | 2007-11-03");
        assertThat(rows(blogData, "SELECT ?a WHERE { " + FILM + " schema:alternateName ?a }")).containsExactly("Sky of love");
    }

    @Test
    void blogReviewWithoutChrome() {
        assertThat(rows(blogData, "SELECT ?h WHERE { ?r a schema:Review ; schema:itemReviewed " + FILM + " ; schema:name ?h }"))
                .containsExactly("Koizora (Japanese Movie)");
        String body = rows(blogData, "SELECT ?b WHERE { ?r schema:reviewBody ?b }").get(0);
        assertThat(body).startsWith("This is a very popular movie").endsWith("is played by Haruma Miura.")
                .doesNotContain("Categories", "Tagged as", "replies", "Leave a Reply", "Follow Blog", "email",
                        "November 2015", "Click an", "icon_", "inaccurate information");
        assertThat(ENTITY.matcher(body).find()).isFalse();
    }

    @Test
    void blogKeywordsAreTheCategoriesAndNoEmptyTags() {
        assertThat(rows(blogData, "SELECT ?k WHERE { ?r schema:keywords ?k }")).containsExactly("Movies");
    }

    @Test
    void blogCastingSentence() {
        assertThat(rows(blogData, "SELECT ?a ?c WHERE { " + FILM + " kino:performance ?r . "
                + "?r schema:actor/schema:name ?a ; schema:characterName ?c }")).containsExactly("Haruma Miura | Hiro");
    }

    @Test
    void blogSourceWorkWithItsFullTitleAndTranslation() {
        assertThat(rows(blogData, "SELECT ?n ?alt WHERE { " + FILM + " schema:isBasedOn ?b . ?b a schema:Book ; "
                + "schema:name ?n ; schema:alternateName ?alt }"))
                .containsExactly("Koizora: Setsunai Koi Monogatari | Sky of Love: A Sad Love Story");
    }

    // ---------------------------------------------------------------------------------------------
    // the three seeds together, through the command line

    @Test
    void bothPostsReviewTheArticlesFilm() {
        Path store = tmp.resolve("seeds");
        Cli.Run r = Cli.ingest(store, TestFiles.seedArticle(), TestFiles.seedForum(), TestFiles.seedBlog());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains(ForumPage.NAME).contains(BlogReview.NAME).contains(EncyclopediaArticle.NAME);
        assertThat(Cli.column(store, "f", "SELECT DISTINCT ?f WHERE { ?f a schema:Movie ; schema:name \"Koizora\" }"))
                .containsExactly(FILM.substring(1, FILM.length() - 1));
        assertThat(Cli.single(store, "n", "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a schema:Review ; "
                + "schema:itemReviewed " + FILM + " }")).isEqualTo("2");
    }
}
