package org.kinograph.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.kinograph.testing.Golden;
import org.kinograph.testing.Graphs;
import org.kinograph.testing.TestFiles;

/** ontology/kino.ttl defines every kino: term the code writes, each with a label and a comment. */
public class TestOntology {
    static Graph vocabulary() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Ontology.read(Ontology.VOCABULARY), Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void everyTermOfTheCodeIsDefined() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field f : KINO.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) terms.add(((Node) f.get(null)).getURI());
        }
        assertThat(terms).hasSizeGreaterThan(20);
        assertDefined(terms);
    }

    @Test
    void everyTermInMappedDocumentsIsDefined() {
        Set<String> terms = new TreeSet<>();
        for (String genre : java.util.List.of("encyclopedia-article", "forum-page", "blog-review", "static-site-post")) {
            for (var input : Golden.mappedInputs(genre)) {
                Graphs.map(Graphs.read(input)).document().forEach(q -> {
                    for (Node n : new Node[] {q.getPredicate(), q.getObject()}) {
                        if (n.isURI() && n.getURI().startsWith(KINO.NS)) terms.add(n.getURI());
                    }
                });
            }
        }
        Graphs.map(Graphs.read(TestFiles.seedArticle())).meta().forEach(q -> {
            if (q.getPredicate().getURI().startsWith(KINO.NS)) terms.add(q.getPredicate().getURI());
        });
        assertThat(terms).contains(KINO.method.getURI(), KINO.accolade.getURI());
        assertDefined(terms);
    }

    private static void assertDefined(Set<String> terms) {
        Graph vocab = vocabulary();
        for (String t : terms) {
            Node n = NodeFactory.createURI(t);
            assertThat(vocab.contains(n, RDFS.label.asNode(), Node.ANY)).as("rdfs:label of " + t).isTrue();
            assertThat(vocab.contains(n, RDFS.comment.asNode(), Node.ANY)).as("rdfs:comment of " + t).isTrue();
        }
    }
}
