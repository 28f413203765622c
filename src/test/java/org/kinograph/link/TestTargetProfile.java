package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Target profiles: the built-in ones and files. */
public class TestTargetProfile {
    @TempDir
    Path tmp;

    private static org.apache.jena.graph.Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    @Test
    void wikidata() {
        TargetProfile p = TargetProfile.builtIn("wikidata");
        assertThat(p.name()).isEqualTo("wikidata");
        assertThat(p.label()).isEqualTo("Wikidata");
        assertThat(p.classes()).contains(iri("http://www.wikidata.org/entity/Q11424"));
        assertThat(p.languages()).contains("en", "ja");
        assertThat(p.oneEntityPerFilm()).isTrue();
        assertThat(p.wikipediaLanguage()).isNull();
        assertThat(p.predicates()).contains(iri("http://www.wikidata.org/prop/direct/P31"),
                iri("http://www.wikidata.org/prop/direct/P57"), iri("http://www.wikidata.org/prop/direct/P161"),
                iri("http://www.wikidata.org/prop/direct/P577"), iri("http://www.wikidata.org/prop/direct/P2047"),
                iri("http://www.w3.org/2000/01/rdf-schema#label"), iri("http://www.w3.org/2004/02/skos/core#altLabel"));
    }

    @Test
    void dbpediaNamesResourcesAfterEnglishWikipedia() {
        TargetProfile p = TargetProfile.builtIn("dbpedia");
        assertThat(p.wikipediaLanguage()).isEqualTo("en");
        assertThat(p.resourceBase()).isEqualTo("http://dbpedia.org/resource/");
        assertThat(p.durationUnit()).isEqualTo("second");
        assertThat(p.classes()).containsExactly(iri("http://dbpedia.org/ontology/Film"));
    }

    @Test
    void linkedmdbHoldsDuplicates() {
        TargetProfile p = TargetProfile.builtIn("linkedmdb");
        assertThat(p.oneEntityPerFilm()).isFalse();
        assertThat(p.languages()).isEmpty();
        assertThat(p.predicates()).contains(iri("http://data.linkedmdb.org/resource/movie/director_name"),
                iri("http://purl.org/dc/terms/title"));
    }

    @Test
    void unknownBuiltInNamesTheKnownOnes() {
        assertThatThrownBy(() -> TargetProfile.builtIn("imdb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown target imdb").hasMessageContaining("wikidata, dbpedia, linkedmdb");
    }

    private Path file(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aFileIsANewTargetNamedAfterIt() throws IOException {
        TargetProfile p = TargetProfile.load(file("my-films.properties", """
                prefix.ex = http://example.org/vocab#
                film.classProperty = <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>
                film.classes = ex:Movie
                film.title = ex:title
                film.director = ex:directedBy/ex:name
                """));
        assertThat(p.name()).isEqualTo("my-films");
        assertThat(p.classes()).containsExactly(iri("http://example.org/vocab#Movie"));
        assertThat(p.predicates()).containsExactlyInAnyOrder(iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                iri("http://example.org/vocab#title"), iri("http://example.org/vocab#directedBy"),
                iri("http://example.org/vocab#name"));
        assertThat(p.oneEntityPerFilm()).isTrue();
    }

    @Test
    void aNegatedPathMeansTheFileIsReadWhole() throws IOException {
        TargetProfile p = TargetProfile.load(file("neg.properties", """
                prefix.ex = http://example.org/vocab#
                film.classProperty = a
                film.classes = ex:Movie
                film.title = !ex:id
                """));
        assertThat(p.predicates()).isNull();
    }

    @Test
    void incompleteOrBrokenFilesAreRefusedWithTheReason() throws IOException {
        assertThatThrownBy(() -> TargetProfile.load(file("a.properties", "film.classProperty = a\nfilm.classes = <http://x/F>\n")))
                .hasMessageContaining("missing film.title");
        assertThatThrownBy(() -> TargetProfile.load(file("b.properties",
                "film.classProperty = a\nfilm.classes = <http://x/F>\nfilm.title = ex:title\n")))
                .hasMessageContaining("film.title is not a SPARQL property path");
        assertThatThrownBy(() -> TargetProfile.load(file("c.properties",
                "film.classProperty = a\nfilm.classes = nope:F\nfilm.title = <http://x/t>\n")))
                .hasMessageContaining("unknown prefix in nope:F");
        assertThatThrownBy(() -> TargetProfile.load(file("Bad Name.properties",
                "film.classProperty = a\nfilm.classes = <http://x/F>\nfilm.title = <http://x/t>\n")))
                .hasMessageContaining("name must be lower-case");
    }
}
