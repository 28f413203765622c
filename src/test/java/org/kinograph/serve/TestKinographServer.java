package org.kinograph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.Ingester;
import org.kinograph.store.KinographStore;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.SCHEMA;

/** A real Fuseki on a free port over a real TDB2 store, spoken to over real HTTP. */
public class TestKinographServer {
    @TempDir
    static Path tmp;
    static KinographStore store;
    static KinographServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Ids IDS = new Ids(Ids.DEFAULT_BASE);

    @BeforeAll
    static void start() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(TestFiles.repo().resolve("examples/corpus/seven-samurai-1954.txt"), docs.resolve("a.txt"));
        Files.writeString(docs.resolve("hostile.txt"), "= <script>alert(1)</script> (film) =\n\n"
                + "- Director: Evil <b>Tag</b> & Co\n- Runtime: 90 minutes\n\nis a 2020 film.\n", StandardCharsets.UTF_8);
        store = KinographStore.open(tmp.resolve("store"), IDS);
        new Ingester(store, GenreRegistry.standard(), IDS).ingest(java.util.List.of(docs), o -> { });
        server = KinographServer.start(store, IDS, KinographServer.Options.readOnly("127.0.0.1", 0, 5));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String sparql) {
        return URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    @Test
    void selectOverHttpSeesTheUnionGraph() throws Exception {
        var r = get(server.sparqlUrl() + "?query=" + q("SELECT ?n WHERE { ?f a <http://schema.org/Movie> ; "
                + "<http://schema.org/name> ?n } ORDER BY ?n"), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("sparql-results+json");
        assertThat(r.body()).contains("\"Seven Samurai\"");
    }

    @Test
    void constructReturnsTurtleOverPost() throws Exception {
        var r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "kinograph/query"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("CONSTRUCT { ?f ?p ?o } WHERE { ?f a <http://schema.org/Movie> ; ?p ?o }"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertThat(m.size()).isGreaterThan(10);
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "update=" + q("INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertThat(post(server.url() + "kinograph/sparql", update).statusCode()).isBetween(400, 499);
        assertThat(post(server.url() + "kinograph/update", update).statusCode()).isBetween(400, 499);
        assertThat(post(server.url() + "kinograph", update).statusCode()).isBetween(400, 499);
        var ask = get(server.sparqlUrl() + "?query=" + q("ASK { <urn:a> ?p ?o }"), "application/sparql-results+json");
        assertThat(ask.body()).contains("false");
    }

    @Test
    void federatedServiceIsRefused() throws Exception {
        var r = get(server.sparqlUrl() + "?query=" + q("SELECT * WHERE { SERVICE <" + server.url()
                + "kinograph/sparql> { ?s ?p ?o } } LIMIT 1"), "application/sparql-results+json");
        assertThat(r.statusCode()).isBetween(400, 599);
        assertThat(get(server.url() + "$/ping", "*/*").statusCode()).as("still answering").isEqualTo(200);
    }

    @Test
    void resourcesDereferenceAsTurtleWithProvenance() throws Exception {
        var film = IDS.film("Seven Samurai", "1954");
        var r = get(server.localUrl(film), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        var s = m.createResource(film.getURI());
        assertThat(m.contains(s, org.apache.jena.vocabulary.RDF.type, m.createResource(SCHEMA.Movie.getURI()))).isTrue();
        assertThat(m.contains(s, m.createProperty(SCHEMA.director.getURI()))).isTrue();
        assertThat(r.body()).contains("rdf:reifies").contains("nif:anchorOf");
    }

    @Test
    void resourcesDereferenceAsJsonLdWithoutFailing() throws Exception {
        var r = get(server.localUrl(IDS.film("Seven Samurai", "1954")), "application/ld+json");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.JSONLD).parse(m);
        assertThat(m.listStatements(null, org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.RDF.Statement)
                .toList()).as("reifiers in classic form").isNotEmpty();
    }

    @Test
    void htmlPagesShowEvidenceAndEscapeEverything() throws Exception {
        var r = get(server.localUrl(IDS.film("Seven Samurai", "1954")), "text/html,application/xhtml+xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Seven Samurai</h1>").contains("a.txt").contains("encyclopedia-article/infobox");
        var hostile = get(server.localUrl(IDS.film("<script>alert(1)</script>", "2020")), "text/html");
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>Tag</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theVocabularyIsServedAtItsPaths() throws Exception {
        var vocab = get(server.url() + "vocab", "text/turtle");
        assertThat(vocab.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(vocab.body(), Lang.TURTLE).parse(m);
        assertThat(m.contains(m.createResource("https://w3id.org/kinograph/vocab#cinematographer"),
                org.apache.jena.vocabulary.RDFS.label)).isTrue();
        var asJson = get(server.url() + "vocab", "application/ld+json");
        Model m2 = ModelFactory.createDefaultModel();
        RDFParser.fromString(asJson.body(), Lang.JSONLD).parse(m2);
        assertThat(m2.isIsomorphicWith(m)).isTrue();
        assertThat(get(server.url() + "vocab/shapes", "text/turtle").body()).contains("sh:NodeShape");
        assertThat(get(server.url() + "vocab/context.jsonld", "*/*").body()).contains("\"@context\"");
        assertThat(get(server.url() + "vocab/nothing", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownResourcesAre404() throws Exception {
        assertThat(get(server.url() + "id/film/no-such-film-1900", "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void uiAndVoid() throws Exception {
        var ui = get(server.url(), "text/html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("<html");
        var status = get(server.url() + "$/server", "application/json");
        assertThat(status.body()).contains("/kinograph");
        var v = get(server.url() + ".well-known/void", "text/turtle");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(v.body(), Lang.TURTLE).parse(m);
        assertThat(m.listObjectsOfProperty(m.createProperty("http://rdfs.org/ns/void#sparqlEndpoint")).toList())
                .hasSize(1);
    }
}
