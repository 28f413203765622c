package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.testing.Cli;
import org.kinograph.testing.TestFiles;

import com.sun.net.httpserver.HttpServer;

/**
 * {@code kinograph link} end to end: a store built from examples/corpus and the seed article, and a
 * second Fuseki on a free port serving the hand-written Wikidata-shaped fixture.
 */
public class TestLinkCommand {
    static final Path FIXTURE = TestFiles.repo().resolve("src/test/resources/link/wikidata-fixture.ttl");
    static final String ID = "https://w3id.org/kinograph/id/";
    static final String LINKS = "<" + ID + "graph/links/wikidata>";
    static final String WD = "http://www.wikidata.org/entity/";

    static FusekiServer fuseki;
    static String endpoint;
    static Path shared;

    @TempDir
    static Path dir;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startFixture() {
        shared = dir.resolve("store");
        Cli.Run r = Cli.ingest(shared, TestFiles.repo().resolve("examples/corpus"), TestFiles.seedArticle());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, FIXTURE.toString());
        fuseki = FusekiServer.create().port(0).loopback(true)
                .add("/wd", DataService.newBuilder(dsg).addEndpoint(Operation.Query, "sparql").build()).build().start();
        endpoint = "http://localhost:" + fuseki.getHttpPort() + "/wd/sparql";
    }

    @AfterAll
    static void stopFixture() {
        fuseki.stop();
    }

    /**
     * @return the store holding the example corpus and the seed article, shared by the tests: each
     *         test links before it looks, so that it sees its own run (each run replaces the last)
     */
    static Path store() {
        return shared;
    }

    static Cli.Run link(Path store, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("link", "--store", store.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    static Set<String> pairs(Path store, String graph, String property) {
        return Set.copyOf(Cli.column(store, "p", "SELECT (CONCAT(STR(?s), \" \", STR(?o)) AS ?p) WHERE { GRAPH " + graph
                + " { ?s " + property + " ?o } }"));
    }

    /** @return every quad of a graph and of its description in the meta graph, as text. */
    static Set<String> snapshot(Path store, String graph) {
        String term = "IF(isTRIPLE(?o), CONCAT(\"<<\", STR(SUBJECT(?o)), \" \", STR(PREDICATE(?o)), \" \", STR(OBJECT(?o)), \">>\"), STR(?o))";
        return Set.copyOf(Cli.column(store, "t", "SELECT (CONCAT(STR(?g), \" \", STR(?s), \" \", STR(?p), \" \", " + term
                + ") AS ?t) WHERE { { GRAPH ?g { ?s ?p ?o } FILTER(?g = " + graph + ") } UNION { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(?g = <" + ID + "graph/meta> && (?s = " + graph + " || STRSTARTS(STR(?s), \"" + ID + "activity/links/\") "
                + "|| STRSTARTS(STR(?s), \"" + ID + "dataset/\"))) } }"));
    }

    static final Set<String> EXPECTED = Set.of(
            ID + "film/spirited-away-2001 " + WD + "Q155653",
            ID + "film/seven-samurai-1954 " + WD + "Q189540",
            ID + "film/the-godfather-1972 " + WD + "Q47703",
            ID + "person/hayao-miyazaki " + WD + "Q55400",
            ID + "person/akira-kurosawa " + WD + "Q8006",
            ID + "person/francis-ford-coppola " + WD + "Q56094",
            ID + "person/marlon-brando " + WD + "Q34012",
            ID + "person/al-pacino " + WD + "Q41163");

    @Test
    void filmsAndTheirDirectorsAndCastGetSameAsTheDecoysNothing() {
        Path store = store();
        Cli.Run r = link(store, "--target", "wikidata", "--endpoint", endpoint);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(pairs(store, LINKS, "owl:sameAs")).isEqualTo(EXPECTED);
        assertThat(pairs(store, LINKS, "skos:closeMatch")).isEmpty();
        assertThat(Cli.single(store, "n", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH " + LINKS
                + " { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"decoy\")) } }")).isEqualTo("0");
        assertThat(r.out()).contains("8 owl:sameAs, 0 skos:closeMatch written to " + ID + "graph/links/wikidata");
    }

    @Test
    void eachLinkHasAReifierWithItsScoreFeaturesMethodAndDataset() {
        Path store = store();
        link(store, "--target", "wikidata", "--endpoint", endpoint);
        String film = "SELECT ?v WHERE { GRAPH " + LINKS + " { ?r rdf:reifies <<( <" + ID + "film/spirited-away-2001> owl:sameAs <"
                + WD + "Q155653> )>> ; %s ?v } }";
        assertThat(Cli.single(store, "v", String.format(film, "kino:method"))).isEqualTo("link/film-match");
        assertThat(Cli.single(store, "v", String.format(film, "kino:confidence"))).isEqualTo("1.0");
        assertThat(Cli.single(store, "v", String.format(film, "kino:titleSimilarity"))).isEqualTo("1.0");
        assertThat(Cli.single(store, "v", String.format(film, "kino:yearAgreement"))).isEqualTo("1.0");
        assertThat(Cli.single(store, "v", String.format(film, "kino:directorSimilarity"))).isEqualTo("1.0");
        assertThat(Cli.single(store, "v", String.format(film, "kino:durationAgreement"))).isEqualTo("1.0");
        assertThat(Cli.single(store, "v", String.format(film, "prov:wasDerivedFrom"))).isEqualTo(ID + "dataset/wikidata");
        // the Godfather's cast overlap: Brando and Pacino, both in the fixture's two-member cast
        assertThat(Cli.single(store, "v", "SELECT ?v WHERE { ?r rdf:reifies <<( <" + ID + "film/the-godfather-1972> owl:sameAs <"
                + WD + "Q47703> )>> ; kino:castOverlap ?v }")).isEqualTo("1.0");
        // a director's link rests on the film link
        assertThat(Cli.single(store, "m", "SELECT ?m WHERE { ?r rdf:reifies <<( <" + ID + "person/hayao-miyazaki> owl:sameAs <"
                + WD + "Q55400> )>> ; kino:method ?m ; kino:nameSimilarity 1.0 ; kino:supportedBy ?f . "
                + "?f rdf:reifies <<( <" + ID + "film/spirited-away-2001> owl:sameAs <" + WD + "Q155653> )>> }"))
                .isEqualTo("link/director-of-linked-film");
    }

    @Test
    void theRunIsDescribedInTheMetaGraph() {
        Path store = store();
        link(store, "--target", "wikidata", "--endpoint", endpoint);
        String q = "SELECT ?a ?start ?end ?url WHERE { GRAPH <" + ID + "graph/meta> { " + LINKS + " prov:wasGeneratedBy ?a . "
                + "?a a prov:Activity ; prov:startedAtTime ?start ; prov:endedAtTime ?end ; prov:used ?d ; "
                + "kino:acceptThreshold 0.9 ; kino:reviewThreshold 0.75 . "
                + "?d <http://rdfs.org/ns/void#sparqlEndpoint> ?url ; schema:name \"Wikidata\" } }";
        assertThat(Cli.column(store, "url", q)).containsExactly(endpoint);
        assertThat(Cli.single(store, "n", "SELECT (COUNT(*) AS ?n) WHERE { ?r rdf:reifies ?t ; prov:wasGeneratedBy ?a . "
                + "GRAPH <" + ID + "graph/meta> { " + LINKS + " prov:wasGeneratedBy ?a } }")).isEqualTo("8");
    }

    @Test
    void scanningEveryFilmInPagesFindsTheSame() {
        Path store = store();
        Cli.Run r = link(store, "--target", "wikidata", "--endpoint", endpoint, "--fetch", "scan", "--page-size", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(pairs(store, LINKS, "owl:sameAs")).isEqualTo(EXPECTED);
    }

    @Test
    void rerunningReplacesThePreviousRun() throws IOException {
        Path store = store();
        link(store, "--target", "wikidata", "--endpoint", endpoint);
        String text = Files.readString(FIXTURE, StandardCharsets.UTF_8);
        String withoutGodfather = text.substring(0, text.indexOf("# The Godfather")) + text.substring(text.indexOf("# Decoy: the same title, another year"));
        Path smaller = tmp.resolve("smaller.ttl");
        Files.writeString(smaller, withoutGodfather, StandardCharsets.UTF_8);
        Cli.Run r = link(store, "--target", "wikidata", "--file", smaller.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(pairs(store, LINKS, "owl:sameAs")).containsExactlyInAnyOrder(
                ID + "film/spirited-away-2001 " + WD + "Q155653", ID + "film/seven-samurai-1954 " + WD + "Q189540",
                ID + "person/hayao-miyazaki " + WD + "Q55400", ID + "person/akira-kurosawa " + WD + "Q8006");
        assertThat(Cli.column(store, "a", "SELECT ?a WHERE { GRAPH <" + ID + "graph/meta> { " + LINKS + " prov:wasGeneratedBy ?a } }")).hasSize(1);
        assertThat(Cli.column(store, "a", "SELECT ?a WHERE { GRAPH <" + ID + "graph/meta> { ?a a prov:Activity FILTER(CONTAINS(STR(?a), \"links/wikidata\")) } }")).hasSize(1);
        assertThat(Cli.column(store, "u", "SELECT ?u WHERE { GRAPH <" + ID + "graph/meta> { <" + ID + "dataset/wikidata> ?p ?u "
                + "FILTER(?p IN (<http://rdfs.org/ns/void#sparqlEndpoint>, <http://rdfs.org/ns/void#dataDump>)) } }"))
                .containsExactly(smaller.toAbsolutePath().toUri().toString());
        // the document graphs were not touched
        assertThat(Cli.single(store, "n", "SELECT (COUNT(*) AS ?n) WHERE { ?f a schema:Movie }")).isEqualTo("5");
    }

    @Test
    void aDownEndpointFailsClearlyAndLeavesThePreviousLinks() throws IOException {
        Path store = store();
        link(store, "--target", "wikidata", "--endpoint", endpoint);
        Set<String> before = snapshot(store, LINKS);
        assertThat(before).hasSizeGreaterThan(50);
        String down;
        try (ServerSocket s = new ServerSocket(0)) {
            down = "http://127.0.0.1:" + s.getLocalPort() + "/sparql";
        }
        Cli.Run r = link(store, "--target", "wikidata", "--endpoint", down, "--retries", "1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("the SPARQL endpoint " + down + " could not be reached (connection refused) (2 attempts)")
                .contains("the links to wikidata were left as they were");
        assertThat(snapshot(store, LINKS)).isEqualTo(before);
    }

    @Test
    void aSlowEndpointFailsClearlyAndLeavesThePreviousLinks() throws IOException {
        Path store = store();
        link(store, "--target", "wikidata", "--endpoint", endpoint);
        Set<String> before = snapshot(store, LINKS);
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.createContext("/sparql", ex -> {
            TestSparqlEndpoint.sleep(5000);
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        slow.start();
        try {
            String url = "http://127.0.0.1:" + slow.getAddress().getPort() + "/sparql";
            Cli.Run r = link(store, "--target", "wikidata", "--endpoint", url, "--timeout", "0.5", "--retries", "0");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("the SPARQL endpoint " + url + " did not answer within 500 ms")
                    .contains("the links to wikidata were left as they were");
        } finally {
            slow.stop(0);
        }
        assertThat(snapshot(store, LINKS)).isEqualTo(before);
    }

    @Test
    void dbpediaFromTheArticlesPageTitleAndThePostsWikipediaLink() {
        Path store = store();
        Cli.Run r = link(store, "--target", "dbpedia");
        assertThat(r.exit()).as(r.err()).isZero();
        String g = "<" + ID + "graph/links/dbpedia>";
        assertThat(pairs(store, g, "owl:sameAs")).contains(
                ID + "film/koizora-2007 http://dbpedia.org/resource/Koizora_(film)",
                ID + "film/departures-2008 http://dbpedia.org/resource/Departures_(2008_film)",
                ID + "film/spirited-away-2001 http://dbpedia.org/resource/Spirited_Away");
        assertThat(Cli.column(store, "x", "SELECT (CONCAT(?m, \" \", STR(?c)) AS ?x) WHERE { GRAPH " + g + " { ?r rdf:reifies <<( <"
                + ID + "film/spirited-away-2001> owl:sameAs <http://dbpedia.org/resource/Spirited_Away> )>> ; kino:method ?m ; "
                + "kino:confidence ?c } } ORDER BY ?m"))
                .containsExactly("link/article-page-title 0.9025", "link/wikipedia-page 0.95");
    }

    @Test
    void aFederatedQueryFollowsSameAsOutOfTheStore() {
        Path store = store();
        link(store, "--target", "wikidata", "--endpoint", endpoint);
        // kinograph query leaves ARQ's SERVICE on (only the served endpoint turns it off)
        assertThat(Cli.column(store, "ja", "SELECT ?ja WHERE { ?film schema:name \"Spirited Away\" ; owl:sameAs ?wd . "
                + "SERVICE <" + endpoint + "> { ?wd rdfs:label ?ja FILTER(lang(?ja) = \"ja\") } }"))
                .containsExactly("千と千尋の神隠し");
    }

    @Test
    void aNewTargetIsAProfileFileNotCode() throws IOException {
        Path store = store();
        Path profile = tmp.resolve("filmbase.properties");
        Files.writeString(profile, """
                label = Film Base
                prefix.fb = http://filmbase.example/vocab#
                film.classProperty = a
                film.classes = fb:Picture
                film.title = fb:called
                film.date = fb:year
                film.director = fb:madeBy/fb:fullName
                """, StandardCharsets.UTF_8);
        Path data = tmp.resolve("filmbase.ttl");
        Files.writeString(data, """
                PREFIX fb: <http://filmbase.example/vocab#>
                <http://filmbase.example/p/1> a fb:Picture ; fb:called "Seven Samurai" ; fb:year "1954" ;
                    fb:madeBy [ fb:fullName "Akira Kurosawa" ] .
                <http://filmbase.example/p/2> a fb:Picture ; fb:called "Departures" ; fb:year "1961" .
                """, StandardCharsets.UTF_8);
        Cli.Run r = link(store, "--profile", profile.toString(), "--file", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(pairs(store, "<" + ID + "graph/links/filmbase>", "owl:sameAs"))
                .containsExactly(ID + "film/seven-samurai-1954 http://filmbase.example/p/1");
        // "Departures" of another year: title 1, year 0 -> 0.8 / 1.1, below review
        assertThat(pairs(store, "<" + ID + "graph/links/filmbase>", "skos:closeMatch")).isEmpty();
    }

    @Test
    void usageErrors() {
        Path store = store();
        assertThat(link(store, "--target", "imdb", "--file", FIXTURE.toString()).err()).contains("unknown target imdb");
        assertThat(link(store, "--target", "imdb", "--file", FIXTURE.toString()).exit()).isEqualTo(2);
        Cli.Run r = link(store, "--target", "linkedmdb");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--file or --endpoint is required for linkedmdb");
        assertThat(link(store, "--target", "wikidata", "--file", "nope.ttl").exit()).isEqualTo(2);
        assertThat(link(store, "--target", "wikidata", "--file", FIXTURE.toString(), "--accept", "0.5", "--review", "0.8").exit())
                .isEqualTo(2);
        assertThat(link(tmp.resolve("no-store"), "--target", "wikidata", "--file", FIXTURE.toString()).exit()).isEqualTo(2);
    }

}
