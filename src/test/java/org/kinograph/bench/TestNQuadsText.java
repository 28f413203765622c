package org.kinograph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.kinograph.generate.CorpusGenerator;
import org.kinograph.generate.FilmPool;
import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.source.Source;
import org.kinograph.testing.Graphs;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;

/** {@link NQuadsText}: byte for byte what Jena's streaming N-Quads writer writes. */
class TestNQuadsText {
    private static final Ids IDS = new Ids(Ids.DEFAULT_BASE);

    private static byte[] jena(List<Quad> quads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF nq = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        nq.start();
        quads.forEach(nq::quad);
        nq.finish();
        return bytes.toByteArray();
    }

    private static void assertSameAsJena(List<Quad> quads) {
        assertThat(new String(NQuadsText.of(quads), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(jena(quads), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void escapesLiteralsAndIrisAsJenaDoes() {
        Node g = NodeFactory.createURI("https://example.org/graph/1");
        Node s = NodeFactory.createURI("https://example.org/id/film/caf\u00e9-2009");
        Node p = NodeFactory.createURI("http://schema.org/name");
        List<Quad> quads = new ArrayList<>();
        for (Node o : List.of(NodeFactory.createLiteralString("a \"quoted\"\nline\ttab \\ back"),
                NodeFactory.createLiteralLang("\u604b\u7a7a", "ja"), NodeFactory.createLiteralString("\u0001 control"),
                NodeFactory.createLiteralDT("0.85", org.apache.jena.datatypes.TypeMapper.getInstance()
                        .getSafeTypeByName(XSD.decimal.getURI())),
                NodeFactory.createURI("https://example.org/a b"),
                NodeFactory.createTripleTerm(Triple.create(s, p, NodeFactory.createLiteralString("x"))),
                NodeFactory.createTripleTerm(Triple.create(s, p, NodeFactory.createLiteralString("a \"b\""))),
                NodeFactory.createLiteralDirLang("\u0645\u0631\u062d\u0628\u0627", "ar", "rtl"),
                NodeFactory.createLiteralString("clapper \ud83c\udfac, line\u2028separator, delete \u007f"),
                NodeFactory.createURI("https://example.org/caf\u00e9/\u604b"),
                NodeFactory.createLiteralDT("x", org.apache.jena.datatypes.TypeMapper.getInstance()
                        .getSafeTypeByName("https://example.org/type with space")),
                NodeFactory.createBlankNode("b0"))) {
            quads.add(Quad.create(g, s, p, o));
        }
        quads.add(Quad.create(Quad.defaultGraphIRI, s, p, s));
        assertSameAsJena(quads);
    }

    @Test
    void mappedDocumentsAreWrittenAsJenaWritesThem() {
        DocumentPipeline pipeline = new DocumentPipeline(GenreRegistry.standard(), IDS);
        List<Source> docs = new ArrayList<>();
        for (Path seed : List.of(TestFiles.seedArticle(), TestFiles.seedForum(), TestFiles.seedBlog(),
                TestFiles.seedStaticPost())) {
            docs.add(Graphs.read(seed));
        }
        Iterator<CorpusGenerator.Document> generated = CorpusGenerator.documents(8, 5, FilmPool.builtIn());
        generated.forEachRemaining(d -> docs.add(Source.ofText(Path.of(d.path()), d.text())));
        int checked = 0;
        for (Source doc : docs) {
            DocumentPipeline.Mapped m = pipeline.map(doc, ErrorHandler.silent());
            if (m.skipped() != null) continue;
            List<Quad> all = new ArrayList<>(m.document());
            all.addAll(m.meta());
            assertSameAsJena(all);
            checked++;
        }
        assertThat(checked).isEqualTo(docs.size());
    }
}
