package org.kinograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kinograph.testing.Cli;
import org.kinograph.testing.TestFiles;

/** The command line as a user meets it: help, exit codes, errors that name the file and reason. */
public class TestCli {
    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void ingestExamples() {
        store = tmp.resolve("examples-store");
        Cli.Run r = Cli.ingest(store, TestFiles.repo().resolve("examples/corpus"));
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "query", "stats", "conflicts", "explain", "resolve"})
    void everyCommandHasHelp(String command) {
        Cli.Run r = Cli.run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: kinograph " + command).contains("--store");
    }

    @Test
    void helpKeepsEachDescriptionLineAsWritten() {
        var commands = Kinograph.commandLine().getSubcommands();
        assertThat(commands).isNotEmpty();
        commands.forEach((name, cl) -> {
            String help = Cli.run(name, "--help").out();
            for (String line : cl.getCommandSpec().usageMessage().description()) {
                String expanded = line.replace("%n", "").replace("%%", "%");
                if (expanded.isBlank() || expanded.contains("${")) continue;
                assertThat(help.lines().map(String::strip)).as(name + " --help").contains(expanded.strip());
            }
        });
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cli.run().exit()).isEqualTo(2);
        assertThat(Cli.run("ingest").exit()).isEqualTo(2);
        assertThat(Cli.run("ingest", "--no-such-option", "x").exit()).isEqualTo(2);
        assertThat(Cli.run("frobnicate").exit()).isEqualTo(2);
        assertThat(Cli.run("query", "--store", store.toString(), "--format", "yaml", "ASK {}").exit()).isEqualTo(2);
    }

    @Test
    void queryOnAMissingStoreNamesIt() {
        Path missing = tmp.resolve("nothing-here");
        Cli.Run r = Cli.run("query", "--store", missing.toString(), "ASK {}");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no store at").contains("nothing-here");
        assertThat(Files.exists(missing)).as("query must not create a store").isFalse();
    }

    @Test
    void aBrokenQuerySaysWhere() throws IOException {
        Path rq = tmp.resolve("broken.rq");
        Files.writeString(rq, "SELECT ?x WHERE {\n  ?x schema:name \n}", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("query", "--store", store.toString(), "--file", rq.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("broken.rq").contains("line 3");
    }

    @Test
    void selectInEveryFormat() {
        String q = "SELECT ?name WHERE { ?f a schema:Movie ; schema:name ?name } ORDER BY ?name";
        String csv = Cli.run("query", "--store", store.toString(), "--format", "csv", q).out();
        assertThat(csv.lines().toList()).containsExactly("name", "Departures", "Seven Samurai", "Spirited Away",
                "The Godfather");
        assertThat(Cli.run("query", "--store", store.toString(), "--format", "tsv", q).out()).startsWith("?name")
                .contains("\"Departures\"");
        assertThat(Cli.run("query", "--store", store.toString(), "--format", "xml", q).out())
                .contains("<sparql").contains("<literal>Spirited Away</literal>");
        assertThat(Cli.run("query", "--store", store.toString(), "--format", "table", q).out()).contains("| name")
                .contains("\"The Godfather\"");
        assertThat(Cli.column(store, "name", q)).hasSize(4);
    }

    @Test
    void askAndConstruct() {
        Cli.Run ask = Cli.run("query", "--store", store.toString(), "--format", "json",
                "ASK { ?f schema:director/schema:name \"Akira Kurosawa\" }");
        assertThat(ask.out()).contains("\"boolean\"").contains("true");
        Cli.Run construct = Cli.run("query", "--store", store.toString(),
                "CONSTRUCT { ?f schema:name ?n } WHERE { ?f a schema:Movie ; schema:name ?n }");
        assertThat(construct.exit()).isZero();
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(construct.out(), Lang.TURTLE).parse(m);
        assertThat(m.size()).isEqualTo(4);
    }

    @Test
    void defaultGraphIsTheUnionOfDocumentGraphs() {
        // Nothing extracted lands in the default graph, yet plain patterns see every document.
        assertThat(Cli.single(store, "n", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }"))
                .isEqualTo("0");
        assertThat(Cli.single(store, "n", "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a schema:Movie }")).isEqualTo("4");
    }

    @Test
    void statsCountsDocumentsAndEntities() {
        Cli.Run r = Cli.run("stats", "--store", store.toString());
        assertThat(r.exit()).isZero();
        // seven documents (four articles, a forum page, a blog review, a static-site post) about four films
        assertThat(r.out()).containsPattern("documents\\s+7").containsPattern("\\d+\\s+schema:Movie");
    }

    @Test
    void aFolderWithJunkIngestsTheArticleAndNamesTheRest() throws IOException {
        Path folder = tmp.resolve("mixed");
        Files.createDirectories(folder);
        Files.write(folder.resolve("picture.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.copy(TestFiles.repo().resolve("examples/corpus/departures-2008.txt"), folder.resolve("article.txt"));
        Files.writeString(folder.resolve(".hidden.txt"), "= Hidden (film) =\n", StandardCharsets.UTF_8);
        Path s = tmp.resolve("mixed-store");
        Cli.Run r = Cli.ingest(s, folder);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsPattern("skipped .*picture\\.bin.*binary")
                .containsPattern("skipped .*empty\\.txt.*empty file")
                .containsPattern("ok .*encyclopedia-article .*article\\.txt")
                .doesNotContain(".hidden.txt")
                .contains("3 documents: 1 ok, 0 unchanged, 2 skipped, 0 failed");
        assertThat(Cli.column(s, "n", "SELECT ?n WHERE { ?f a schema:Movie ; schema:name ?n }"))
                .containsExactly("Departures");
    }

    @Test
    void reingestSaysUnchanged() {
        Path s = tmp.resolve("twice");
        Path doc = TestFiles.repo().resolve("examples/corpus/the-godfather-1972.txt");
        Cli.ingest(s, doc);
        String quads = Cli.single(s, "n", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        Cli.Run again = Cli.ingest(s, doc);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("unchanged");
        assertThat(Cli.single(s, "n", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(quads);
    }

    @Test
    void aMissingPathIsReported() {
        Cli.Run r = Cli.ingest(tmp.resolve("m"), tmp.resolve("does-not-exist.txt"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("does-not-exist.txt").contains("no such file");
    }
}
