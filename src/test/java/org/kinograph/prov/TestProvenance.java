package org.kinograph.prov;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.source.Source;
import org.kinograph.testing.Golden;
import org.kinograph.testing.Graphs;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.PROVO;

/**
 * Provenance invariants on every document we can map: each extracted triple has a reifier with a
 * rule, a confidence in [0, 1] and the source; each reifier's code-point span cuts its anchor out
 * of the decoded text; no literal is empty or a lost value's remains.
 */
public class TestProvenance {

    static Stream<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestFiles.repo().resolve("examples/corpus"))) {
            s.sorted().forEach(docs::add);
        }
        // Golden inputs of the web genres written as pages of their own (those that map to a graph).
        for (String genre : List.of("forum-page", "blog-review", "static-site-post")) {
            Golden.mappedInputs(genre).stream().filter(p -> !p.startsWith(TestFiles.repo().resolve("examples")))
                    .forEach(docs::add);
        }
        for (String seedName : List.of("000_49e38a968392859f.txt", "001_1129adba4e8e7a97.txt", "002_c0d69a6fae281b1e.txt",
                "003_9aa08453b82dc945.txt")) {
            Path seed = TestFiles.shared().resolve("seeds/" + seedName);
            if (Files.exists(seed) || "true".equalsIgnoreCase(System.getenv("CI"))) docs.add(seed);
        }
        return docs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyTripleIsReifiedAndEverySpanCutsItsAnchor(Path file) {
        Source doc = Graphs.read(file);
        DocumentPipeline.Mapped mapped = Graphs.map(doc);
        assertThat(mapped.skipped()).isNull();
        check(doc, mapped.document());
    }

    @Test
    void spansCountCodePointsNotUtf16Units(@TempDir Path tmp) throws IOException {
        // Characters outside the BMP (two UTF-16 units each) before the evidence shift UTF-16 offsets.
        String text = "= \uD842\uDFB7\uD842\uDFB7 Night (film) =\n\n"
                + "- Director: Aiko \uD83C\uDFAC Tanabe\n- Starring: Ren Oda, Mio Sato\n- Runtime: 88 minutes\n\n"
                + "is a 2011 film.\n\n==Plot==\nA quiet story.\n";
        Path f = tmp.resolve("astral.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Source doc = Graphs.read(f);
        DocumentPipeline.Mapped mapped = Graphs.map(doc);
        assertThat(mapped.skipped()).isNull();
        check(doc, mapped.document());
        DatasetGraph dsg = dataset(mapped.document());
        // "Ren Oda" starts at code point index text.codePointCount(0, utf16Index).
        int utf16 = text.indexOf("Ren Oda");
        assertThat(text.codePointCount(0, utf16)).isLessThan(utf16);
        List<Node> begins = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, PROVO.anchorOf, org.apache.jena.graph.NodeFactory.createLiteralString("Ren Oda"))
                .forEachRemaining(q -> dsg.find(q.getGraph(), q.getSubject(), PROVO.beginIndex, Node.ANY)
                        .forEachRemaining(b -> begins.add(b.getObject())));
        assertThat(begins).isNotEmpty().allSatisfy(b ->
                assertThat(Integer.parseInt(b.getLiteralLexicalForm())).isEqualTo(text.codePointCount(0, utf16)));
    }

    static DatasetGraph dataset(List<Quad> quads) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        quads.forEach(dsg::add);
        return dsg;
    }

    /** Checks the invariants of one document's quads against its decoded text. */
    static void check(Source doc, List<Quad> quads) {
        DatasetGraph dsg = dataset(quads);
        int[] cps = doc.text().codePoints().toArray();
        long facts = 0;
        for (Quad q : quads) {
            if (Provenance.isReifierQuad(q)) continue;
            facts++;
            Node tripleTerm = org.apache.jena.graph.NodeFactory.createTripleTerm(q.asTriple());
            List<Node> reifiers = new ArrayList<>();
            dsg.find(q.getGraph(), Node.ANY, RDF.Nodes.reifies, tripleTerm).forEachRemaining(r -> reifiers.add(r.getSubject()));
            assertThat(reifiers).as("reifiers of " + q.asTriple()).isNotEmpty();
            for (Node r : reifiers) checkReifier(dsg, q.getGraph(), r, cps);
            if (q.getObject().isLiteral()) {
                assertThat(q.getObject().getLiteralLexicalForm()).as("literal of " + q.asTriple())
                        .isNotBlank().doesNotStartWith("as ,");
            }
        }
        assertThat(facts).isGreaterThan(5);
    }

    private static void checkReifier(DatasetGraph dsg, Node g, Node r, int[] cps) {
        String method = one(dsg, g, r, KINO.method).getLiteralLexicalForm();
        assertThat(method).isNotBlank();
        BigDecimal c = new BigDecimal(one(dsg, g, r, KINO.confidence).getLiteralLexicalForm());
        assertThat(c).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(one(dsg, g, r, PROVO.wasDerivedFrom).isURI()).isTrue();
        int b = Integer.parseInt(one(dsg, g, r, PROVO.beginIndex).getLiteralLexicalForm());
        int e = Integer.parseInt(one(dsg, g, r, PROVO.endIndex).getLiteralLexicalForm());
        String anchor = one(dsg, g, r, PROVO.anchorOf).getLiteralLexicalForm();
        assertThat(b).isLessThan(e);
        assertThat(new String(cps, b, e - b)).as("span [" + b + "," + e + ") of " + r).isEqualTo(anchor);
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Triple> found = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> found.add(q.asTriple()));
        assertThat(found).as(p + " of " + s).hasSize(1);
        return found.get(0).getObject();
    }
}
