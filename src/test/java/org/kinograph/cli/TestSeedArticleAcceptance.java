package org.kinograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.testing.Cli;
import org.kinograph.testing.TestFiles;

/**
 * The acceptance facts of the seed encyclopedia article, checked the way a user checks them:
 * {@code kinograph ingest} into a real TDB2 store, then SPARQL through {@code kinograph query
 * --format json} over the union graph.
 */
public class TestSeedArticleAcceptance {
    @TempDir
    static Path tmp;
    static Path store;

    static final String FILM = "?film a schema:Movie ; schema:name \"Koizora\" . ";

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store");
        Cli.Run r = Cli.ingest(store, TestFiles.seedArticle());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("encyclopedia-article").contains("ok");
    }

    private static String names(String path) {
        return "SELECT ?n WHERE { " + FILM + "?film " + path + " ?x . ?x schema:name ?n } ORDER BY ?n";
    }

    @Test
    void oneMovieNamedAsTitled() {
        assertThat(Cli.column(store, "n", "SELECT ?n WHERE { ?m a schema:Movie ; schema:name ?n }"))
                .containsExactly("Koizora");
    }

    @Test
    void crew() {
        assertThat(Cli.column(store, "n", names("schema:director"))).containsExactly("Natsuki Imai");
        assertThat(Cli.column(store, "n", names("schema:producer")))
                .containsExactly("Jun Nasuda", "Kazuya Kamana", "Masayuki Morigawa");
        assertThat(Cli.column(store, "n", names("schema:author"))).containsExactly("Mutsuki Watanabe");
        assertThat(Cli.column(store, "n", names("schema:musicBy"))).containsExactly("Shin Kouno");
        assertThat(Cli.column(store, "n", names("kino:cinematographer"))).containsExactly("Hideo Watanabe");
    }

    @Test
    void distributorIsAnOrganization() {
        assertThat(Cli.column(store, "n", "SELECT ?n WHERE { " + FILM
                + "?film kino:distributor ?d . ?d a schema:Organization ; schema:name ?n }")).containsExactly("Toho");
    }

    @Test
    void datesDurationCountryLanguage() {
        String q = "SELECT ?d ?t ?c ?l WHERE { " + FILM + "?film schema:datePublished ?d ; schema:duration ?t ; "
                + "schema:countryOfOrigin ?co ; schema:inLanguage ?l . ?co a schema:Country ; schema:name ?c "
                + "FILTER(datatype(?d) = xsd:date && datatype(?t) = xsd:duration) }";
        assertThat(Cli.column(store, "d", q)).containsExactly("2007-11-03");
        assertThat(Cli.column(store, "t", q)).containsExactly("PT129M");
        assertThat(Cli.column(store, "c", q)).containsExactly("Japan");
        assertThat(Cli.column(store, "l", q)).containsExactly("ja");
    }

    @Test
    void elevenCastMembersNamedAsWritten() {
        assertThat(Cli.column(store, "n", names("schema:actor"))).containsExactlyInAnyOrder(
                "Yui Aragaki", "Haruma Miura", "Keisuke Koide", "Asami Usuda", "Karina", "Aoi Nakamura", "Haru",
                "Ryuji Yamamoto", "Yumi Asō", "George Takahashi", "Yūko Asano");
    }

    @Test
    void onePerformanceRolePerCastLineWithoutLostCharacters() {
        assertThat(Cli.single(store, "n", "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { " + FILM
                + "?film kino:performance ?r . ?r a schema:PerformanceRole ; schema:actor ?a }")).isEqualTo("11");
        assertThat(Cli.single(store, "n", "SELECT (COUNT(?c) AS ?n) WHERE { ?r a schema:PerformanceRole ; "
                + "schema:characterName ?c }")).isEqualTo("0");
    }

    @Test
    void plotIsTheDescription() {
        String d = Cli.single(store, "d", "SELECT ?d WHERE { " + FILM + "?film schema:description ?d }");
        assertThat(d).startsWith("During her freshman year").endsWith("their baby in mind.").doesNotContain("==");
    }

    @Test
    void otherReleasesAreEvents() {
        String q = "SELECT ?date ?place ?medium WHERE { " + FILM + "?film schema:releasedEvent ?e . "
                + "?e a schema:PublicationEvent ; schema:startDate ?date . "
                + "OPTIONAL { ?e schema:location/schema:name ?place } OPTIONAL { ?e kino:medium ?medium } } ORDER BY ?date";
        var rs = Cli.select(store, q);
        var rows = new java.util.ArrayList<String>();
        rs.forEachRemaining(s -> rows.add(s.getLiteral("date").getLexicalForm() + " "
                + (s.contains("place") ? s.getLiteral("place").getString() : "-") + " "
                + (s.contains("medium") ? s.getLiteral("medium").getString() : "-")));
        assertThat(rows).contains("2008-03-05 Singapore theatrical", "2008-04-25 - DVD");
    }

    @Test
    void admissionsAndSourceWork() {
        assertThat(Cli.single(store, "ok", "SELECT ?ok WHERE { " + FILM + "?film kino:admissions ?a "
                + "BIND(?a = 3140000 && datatype(?a) = xsd:decimal AS ?ok) }")).isEqualTo("true");
        assertThat(Cli.column(store, "n", "SELECT ?n WHERE { " + FILM + "?film schema:isBasedOn ?b . "
                + "?b a schema:Book ; schema:name ?n }")).containsExactly("Koizora");
    }

    @Test
    void fiveAccoladesWithYearsCategoriesRecipients() {
        String q = "SELECT ?award ?year ?cat (GROUP_CONCAT(?who; separator='+') AS ?rec) WHERE { " + FILM
                + "?film kino:accolade ?a . ?a a kino:Accolade ; kino:awardName ?award ; kino:year ?year ; "
                + "kino:category ?cat ; kino:recipient ?r . ?r schema:name ?who } GROUP BY ?award ?year ?cat ORDER BY ?award";
        var rows = new java.util.ArrayList<String>();
        Cli.select(store, q).forEachRemaining(s -> rows.add(s.getLiteral("year").getLexicalForm() + " | "
                + s.getLiteral("award").getString() + " | " + s.getLiteral("cat").getString() + " | "
                + String.join("+", new java.util.TreeSet<>(java.util.List.of(s.getLiteral("rec").getString().split("\\+"))))));
        assertThat(rows).containsExactlyInAnyOrder(
                "2007 | 20th Nikkan Sports Film Award | Best Newcomer Award | Yui Aragaki",
                "2008 | 31st Japan Academy Prize | Newcomer of the Year | Haruma Miura+Yui Aragaki",
                "2008 | 50th Blue Ribbon Awards | Best Newcomer Award | Yui Aragaki",
                "2008 | 62nd Mainichi Film Award | Tsutaya Fan Award | Koizora",
                "2008 | 29th Yokohama Film Festival | Best Newcomer Award | Yui Aragaki");
        assertThat(Cli.column(store, "a", "SELECT ?a WHERE { " + FILM + "?film kino:accolade ?a . "
                + "?a kino:category \"Tsutaya Fan Award\" ; kino:recipient ?film }")).hasSize(1);
        assertThat(Cli.column(store, "note", "SELECT ?note WHERE { ?a kino:note ?note } ORDER BY ?note"))
                .containsExactly("Also for Waruboro", "Also for Waruboro and Tokyo Serendipity",
                        "Also for Waruboro and Tokyo Serendipity");
    }

    @Test
    void noEmptyOrLostLiteralAnywhere() {
        assertThat(Cli.single(store, "n", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(isLiteral(?o) && (STRLEN(STR(?o)) = 0 || STRSTARTS(STR(?o), \"as ,\"))) }")).isEqualTo("0");
    }
}
