package org.kinograph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.testing.Graphs;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.SCHEMA;

/** The generated corpus is valid: every document maps to its genre and names its film as written. */
public class TestCorpusGenerator {
    @TempDir
    Path tmp;

    @Test
    void everyGeneratedDocumentMapsToItsGenreAndFilm() throws Exception {
        List<CorpusGenerator.Doc> docs = new CorpusGenerator(7).write(tmp, 200);
        List<String> wrong = new ArrayList<>();
        Ids ids = new Ids(Ids.DEFAULT_BASE);
        for (CorpusGenerator.Doc d : docs) {
            DocumentPipeline.Mapped m = Graphs.map(Graphs.read(d.file()));
            Node film = ids.film(d.title(), d.year());
            boolean named = m.document().stream().anyMatch(q -> q.getSubject().equals(film)
                    && q.getPredicate().equals(SCHEMA.name) && q.getObject().getLiteralLexicalForm().equals(d.title()));
            if (!d.genre().equals(m.genre()) || m.skipped() != null || !named) {
                wrong.add(d.file().getFileName() + ": " + m.genre() + " " + m.skipped() + " named=" + named);
            }
        }
        assertThat(wrong).as("documents the generator got wrong").isEmpty();
    }

    @Test
    void theSameSeedWritesTheSameCorpus() throws Exception {
        List<CorpusGenerator.Doc> a = new CorpusGenerator(3).write(tmp.resolve("a"), 12);
        List<CorpusGenerator.Doc> b = new CorpusGenerator(3).write(tmp.resolve("b"), 12);
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readString(b.get(i).file())).isEqualTo(Files.readString(a.get(i).file()));
        }
        assertThat(Files.readString(new CorpusGenerator(4).write(tmp.resolve("c"), 1).get(0).file()))
                .isNotEqualTo(Files.readString(a.get(0).file()));
    }
}
