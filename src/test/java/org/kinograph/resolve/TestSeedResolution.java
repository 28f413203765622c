package org.kinograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.prov.Provenance;
import org.kinograph.source.Source;
import org.kinograph.store.KinographStore;
import org.kinograph.testing.Cli;
import org.kinograph.testing.Graphs;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.PROVO;

/**
 * Issue 4's "must show" over the four seeds (an encyclopedia article, a forum page, a blog review
 * and a static-site post about one film), ingested with the command line into one store.
 */
public class TestSeedResolution {
    static final String B = Ids.DEFAULT_BASE;
    static final String FILM = B + "film/koizora-2007";
    static final String FORUM_FILE = "001_1129adba4e8e7a97.txt";

    @TempDir
    static Path tmp;
    static Path store;

    static Path[] seeds() {
        return new Path[] {TestFiles.seedArticle(), TestFiles.seedForum(), TestFiles.seedBlog(), TestFiles.seedStaticPost()};
    }

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("seeds");
        Cli.Run r = Cli.ingest(store, seeds());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("resolved .*merged \\(1 film,");
    }

    @Test
    void exactlyOneMovie() {
        assertThat(Cli.column(store, "f", "SELECT DISTINCT ?f WHERE { ?f a schema:Movie }")).containsExactly(FILM);
        // all four documents state it
        assertThat(Cli.single(store, "n", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { <" + FILM
                + "> a schema:Movie } }")).isEqualTo("4");
    }

    @Test
    void theStaticPostsFilmWithoutAYearIsMergedWithProvenance() {
        assertThat(Cli.column(store, "f", "SELECT ?f WHERE { ?r a schema:Review ; schema:author/schema:name \"kushalashok\" ; "
                + "schema:itemReviewed ?f }")).containsExactly(FILM);
        String q = "SELECT ?method ?conf ?file WHERE { GRAPH <" + B + "graph/resolution> { <" + B + "film/koizora> owl:sameAs <"
                + FILM + "> . ?r rdf:reifies <<( <" + B + "film/koizora> owl:sameAs <" + FILM + "> )>> ; kino:method ?method ; "
                + "kino:confidence ?conf ; prov:wasDerivedFrom ?src } ?src kino:fileName ?file } ORDER BY ?file";
        assertThat(Cli.column(store, "method", q)).containsOnly("resolve/film-title-no-year");
        // the static post's mention and the dated mention it was compared with (the first of the
        // equally good ones, by record IRI: the blog review's)
        assertThat(Cli.column(store, "file", q)).containsExactly("002_c0d69a6fae281b1e.txt", "003_9aa08453b82dc945.txt");
        assertThat(new BigDecimal(Cli.column(store, "conf", q).get(0))).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(Cli.column(store, "e", "SELECT ?e WHERE { ?r rdf:reifies <<( <" + B + "film/koizora> owl:sameAs <" + FILM
                + "> )>> ; kino:evidence ?e }")).contains("same title \"koizora\"",
                "the only film of that title with a year (2007)");
    }

    @Test
    void harumaMiuraIsOnePersonAcrossAllDocuments() {
        assertThat(Cli.column(store, "p", "SELECT DISTINCT ?p WHERE { ?p a schema:Person ; schema:name \"Haruma Miura\" }"))
                .containsExactly(B + "person/haruma-miura");
        assertThat(Cli.single(store, "n", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { <" + FILM
                + "> schema:actor <" + B + "person/haruma-miura> } }")).isEqualTo("3");
    }

    @Test
    void yuiAragakisCastEntryCarriesMikaTaharaFromTheForumPage() {
        String role = Cli.single(store, "r", "SELECT DISTINCT ?r WHERE { <" + FILM + "> kino:performance ?r . "
                + "?r schema:actor <" + B + "person/yui-aragaki> }");
        assertThat(role).isEqualTo(FILM + "/role/yui-aragaki");
        // the article's cast line lost the character; the role (one for the article and the forum) carries it
        assertThat(Cli.column(store, "file", "SELECT ?file WHERE { GRAPH ?g { <" + role + "> schema:actor ?a } "
                + "?g prov:wasDerivedFrom ?src . ?src kino:fileName ?file } ORDER BY ?file"))
                .containsExactly("000_49e38a968392859f.txt", FORUM_FILE);
        assertThat(Cli.column(store, "c", "SELECT ?c WHERE { <" + role + "> schema:characterName ?c }"))
                .containsExactly("Mika Tahara");
        assertThat(Cli.column(store, "file", "SELECT ?file WHERE { GRAPH ?g { ?r rdf:reifies <<( <" + role
                + "> schema:characterName \"Mika Tahara\" )>> ; prov:wasDerivedFrom ?src } ?src kino:fileName ?file }"))
                .containsExactly(FORUM_FILE);
        assertThat(Cli.column(store, "c", "SELECT ?c WHERE { <" + role + "> kino:character ?c }"))
                .containsExactly(FILM + "/character/mika-tahara");
    }

    @Test
    void hiroAndHiroSakuraiAreOneCharacterOfTheFilmAndOfTheRole() {
        assertThat(Cli.column(store, "c", "SELECT DISTINCT ?c WHERE { <" + FILM + "> schema:character ?c . "
                + "?c schema:name ?n FILTER(STRSTARTS(?n, \"Hiro\")) }")).containsExactly(FILM + "/character/hiro-sakurai");
        assertThat(Cli.column(store, "c", "SELECT DISTINCT ?c WHERE { <" + FILM + "/role/haruma-miura> kino:character ?c }"))
                .containsExactly(FILM + "/character/hiro-sakurai");
        assertThat(Cli.column(store, "n", "SELECT ?n WHERE { <" + FILM + "/character/hiro-sakurai> schema:alternateName ?n }"))
                .containsExactly("Hiro");
        // the blog's casting sentence, as written, was "Hiro"
        assertThat(Cli.column(store, "m", "SELECT ?m WHERE { GRAPH ?g { ?r rdf:reifies <<( <" + FILM
                + "/role/haruma-miura> kino:character <" + FILM + "/character/hiro-sakurai> )>> ; kino:mappedAs ?m } }"))
                .hasSize(1).allSatisfy(m -> assertThat(m).endsWith("/character/hiro )>>"));
        assertThat(Cli.column(store, "m", "SELECT ?m WHERE { GRAPH <" + B + "graph/resolution> { ?r kino:resolvedTo <" + FILM
                + "/character/hiro-sakurai> . ?x rdf:reifies <<( ?r kino:resolvedTo <" + FILM
                + "/character/hiro-sakurai> )>> ; kino:method ?m } }")).containsExactly("resolve/character-short-name");
    }

    @Test
    void theForumsAccoladesWithoutYearAreTheArticlesAccolades() {
        assertThat(Cli.column(store, "a", "SELECT DISTINCT ?a WHERE { <" + FILM + "> kino:accolade ?a . "
                + "?a kino:awardName ?n FILTER(CONTAINS(?n, \"Nikkan\")) }"))
                .containsExactly(FILM + "/accolade/2007-20th-nikkan-sports-film-award-best-newcomer-award");
        assertThat(Cli.column(store, "r", "SELECT ?r WHERE { <" + FILM
                + "/accolade/2007-20th-nikkan-sports-film-award-best-newcomer-award> kino:recipient ?r } ORDER BY ?r"))
                .containsExactly(B + "person/haruma-miura", B + "person/yui-aragaki");
    }

    @Test
    void provenanceInvariantsHoldAfterResolutionAndAStoreRoundTrip() {
        Ids ids = new Ids(B);
        try (KinographStore s = KinographStore.open(store, ids)) {
            s.dataset().executeRead(() -> {
                DatasetGraph dsg = s.dataset().asDatasetGraph();
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                assertThat(graphs).contains(ids.resolutionGraph(), ids.conflictsGraph());
                int documents = 0;
                for (Node g : graphs) {
                    if (!ids.isDocumentGraph(g)) continue;
                    documents++;
                    Node src = dsg.find(ids.metaGraph(), g, PROVO.wasDerivedFrom, Node.ANY).next().getObject();
                    String file = dsg.find(ids.metaGraph(), src, KINO.fileName, Node.ANY).next().getObject()
                            .getLiteralLexicalForm();
                    Source doc = Graphs.read(TestFiles.sharedFile("seeds/" + file));
                    checkDocumentGraph(dsg, g, doc);
                }
                assertThat(documents).isEqualTo(4);
                checkResolutionGraph(dsg, ids.resolutionGraph());
            });
        }
    }

    @Test
    void aRewrittenGraphStillExportsAsJsonLd() {
        Ids ids = new Ids(B);
        org.apache.jena.graph.Graph blog = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        try (KinographStore s = KinographStore.open(store, ids)) {
            s.dataset().executeRead(() -> s.dataset().asDatasetGraph()
                    .find(ids.graph(Graphs.read(TestFiles.seedBlog()).id()), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> blog.add(q.asTriple())));
        }
        assertThat(blog.find(Node.ANY, KINO.mappedAs, Node.ANY).toList()).isNotEmpty();
        java.io.StringWriter json = new java.io.StringWriter();
        org.apache.jena.riot.RDFDataMgr.write(json, org.kinograph.prov.Reification.toClassic(blog),
                org.apache.jena.riot.RDFFormat.JSONLD11_PRETTY);
        org.apache.jena.rdf.model.Model back = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(json.toString(), org.apache.jena.riot.Lang.JSONLD).parse(back);
        // the triple as mapped, the blog's own "Hiro", survives as a statement
        assertThat(back.listSubjectsWithProperty(back.createProperty(RDF.getURI() + "object"),
                back.createResource(FILM + "/character/hiro")).toList()).isNotEmpty();
    }

    /** Every triple has a reifier in its graph; every reifier has one rule, confidence, source and a span that cuts its anchor. */
    static void checkDocumentGraph(DatasetGraph dsg, Node g, Source doc) {
        int[] cps = doc.text().codePoints().toArray();
        List<Quad> quads = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        long facts = 0;
        for (Quad q : quads) {
            if (Provenance.isReifierQuad(q)) continue;
            facts++;
            List<Node> reifiers = new ArrayList<>();
            dsg.find(g, Node.ANY, RDF.Nodes.reifies, NodeFactory.createTripleTerm(q.asTriple()))
                    .forEachRemaining(r -> reifiers.add(r.getSubject()));
            assertThat(reifiers).as("reifiers of " + q.asTriple() + " in " + g).isNotEmpty();
            for (Node r : reifiers) {
                assertThat(objects(dsg, g, r, KINO.method)).hasSize(1);
                assertThat(objects(dsg, g, r, KINO.confidence)).hasSize(1);
                assertThat(objects(dsg, g, r, PROVO.wasDerivedFrom)).hasSize(1);
                int b = Integer.parseInt(objects(dsg, g, r, PROVO.beginIndex).get(0).getLiteralLexicalForm());
                int e = Integer.parseInt(objects(dsg, g, r, PROVO.endIndex).get(0).getLiteralLexicalForm());
                String anchor = objects(dsg, g, r, PROVO.anchorOf).get(0).getLiteralLexicalForm();
                assertThat(new String(cps, b, e - b)).as("span of " + r).isEqualTo(anchor);
            }
        }
        assertThat(facts).isGreaterThan(5);
        // no reifier is left pointing at a triple the graph no longer holds
        dsg.find(g, Node.ANY, RDF.Nodes.reifies, Node.ANY).forEachRemaining(r ->
                assertThat(dsg.contains(g, r.getObject().getTriple().getSubject(), r.getObject().getTriple().getPredicate(),
                        r.getObject().getTriple().getObject())).as("triple of " + r.getSubject()).isTrue());
    }

    /** Each merge and alternate name has a reifier with a rule, a confidence in [0, 1], the sources compared and evidence. */
    static void checkResolutionGraph(DatasetGraph dsg, Node g) {
        List<Quad> facts = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!Provenance.isReifierQuad(q)) facts.add(q);
        });
        assertThat(facts).isNotEmpty();
        for (Quad q : facts) {
            List<Node> reifiers = new ArrayList<>();
            dsg.find(g, Node.ANY, RDF.Nodes.reifies, NodeFactory.createTripleTerm(q.asTriple()))
                    .forEachRemaining(r -> reifiers.add(r.getSubject()));
            assertThat(reifiers).as("reifier of " + q.asTriple()).hasSize(1);
            Node r = reifiers.get(0);
            assertThat(objects(dsg, g, r, KINO.method)).hasSize(1)
                    .allSatisfy(m -> assertThat(m.getLiteralLexicalForm()).startsWith("resolve/"));
            assertThat(new BigDecimal(objects(dsg, g, r, KINO.confidence).get(0).getLiteralLexicalForm()))
                    .isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(objects(dsg, g, r, PROVO.wasDerivedFrom)).isNotEmpty();
            assertThat(objects(dsg, g, r, KINO.evidence)).isNotEmpty();
        }
    }

    static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // With the real corpus

    @Test
    void theRealKoizoraPagesResolveToTheSeedFilm() throws Exception {
        Path real = TestFiles.realCorpus();
        List<Path> pages;
        try (Stream<Path> s = Files.list(real)) {
            pages = s.filter(p -> p.getFileName().toString().startsWith("koizora__")).sorted().toList();
        }
        assertThat(pages).hasSize(4);
        Path s = tmp.resolve("with-real");
        List<Path> all = new ArrayList<>(List.of(seeds()));
        all.addAll(pages);
        Cli.ingest(s, all.toArray(Path[]::new));
        // every Koizora page that maps to a graph reviews the seed film
        List<String> reviewed = Cli.column(s, "f", "SELECT ?f WHERE { GRAPH ?g { ?r schema:itemReviewed ?f } "
                + "?g prov:wasDerivedFrom ?src . ?src kino:fileName ?file FILTER(STRSTARTS(?file, \"koizora__\")) }");
        assertThat(reviewed).isNotEmpty().containsOnly(FILM);
        assertThat(Cli.column(s, "f", "SELECT DISTINCT ?f WHERE { ?f a schema:Movie }")).containsExactly(FILM);
        // the LiveJournal review's "Koide Kesuke, who plays Fukuhara Yu" is the seeds' Keisuke Koide as Yu Fukuhara
        assertThat(Cli.column(s, "p", "SELECT DISTINCT ?p WHERE { ?p schema:name \"Koide Kesuke\" }"))
                .containsExactly(B + "person/keisuke-koide");
        assertThat(Cli.column(s, "c", "SELECT DISTINCT ?c WHERE { <" + FILM + "/role/keisuke-koide> kino:character ?c }"))
                .containsExactly(FILM + "/character/fukuhara-yu");
        assertThat(Cli.column(s, "n", "SELECT ?n WHERE { <" + FILM + "/character/fukuhara-yu> schema:name ?n } ORDER BY ?n"))
                .containsExactly("Fukuhara Yu", "Yu Fukuhara");
        assertThat(Cli.column(s, "m", "SELECT ?m WHERE { ?r rdf:reifies <<( <" + B + "person/koide-kesuke> owl:sameAs <" + B
                + "person/keisuke-koide> )>> ; kino:method ?m }")).containsExactly("resolve/person-similar-name");
    }

    @Test
    void yuiTheSingerAndYuiAragakiStayTwoPeople() {
        Path s = tmp.resolve("with-yui");
        Cli.ingest(s, TestFiles.seedArticle(), TestFiles.seedForum(),
                TestFiles.sharedFile("corpus/real/a_song_to_the_sun_2006__wikipedia.txt"));
        assertThat(Cli.column(s, "p", "SELECT DISTINCT ?p WHERE { ?p a schema:Person ; schema:name ?n "
                + "FILTER(?n IN (\"Yui\", \"Yui Aragaki\")) } ORDER BY ?p"))
                .containsExactly(B + "person/yui", B + "person/yui-aragaki");
        assertThat(Cli.single(s, "n", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + B + "graph/resolution> { ?x ?p ?y "
                + "FILTER(CONTAINS(STR(?x), \"person/yui\") || CONTAINS(STR(?y), \"person/yui\")) } }")).isEqualTo("0");
        assertThat(Cli.column(s, "f", "SELECT ?f WHERE { ?f schema:actor <" + B + "person/yui> }"))
                .containsExactly(B + "film/a-song-to-the-sun-2006");
    }
}
