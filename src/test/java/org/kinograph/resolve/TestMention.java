package org.kinograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** {@link Mention}: a summary that starts empty, sums other summaries and is read through views. */
public class TestMention {
    private static final String BASE = "https://example.org/id/";

    private static Node iri(String local) {
        return NodeFactory.createURI(BASE + local);
    }

    @Test
    public void emptyMentionReadsAsEmpty() {
        Mention m = Mention.of(BASE + "person/ada-quill", Kind.PERSON);
        assertThat(m.names()).isEmpty();
        assertThat(m.films()).isEmpty();
        assertThat(m.year()).isNull();
        assertThat(m.support()).isEqualTo(1);
        assertThat(m.graph()).isNull();
        assertThat(m.preferredName()).isNull();
    }

    @Test
    public void viewsCannotChangeTheMention() {
        Mention m = Mention.of(BASE + "film/harbour-lights", Kind.FILM).year("2011").name("Harbour Lights");
        assertThatThrownBy(() -> m.years().add("2012")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.names().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.actors().add(iri("person/x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(m.year()).isEqualTo("2011");
    }

    @Test
    public void absorbSumsNamesWithTheirSources() {
        Node g1 = iri("graph/1");
        Node g2 = iri("graph/2");
        Mention a = Mention.of(BASE + "person/ada-quill", Kind.PERSON).name("Ada Quill", g1).graph(g1)
                .film(iri("film/harbour-lights"));
        Mention b = Mention.of(BASE + "person/quill-ada", Kind.PERSON).name("Ada Quill", g2).name("Quill Ada", g2)
                .graph(g2).credit("director");
        Mention sum = new Mention(a.iri(), Kind.PERSON).absorb(a).absorb(b);
        assertThat(sum.names().keySet()).containsExactly("Ada Quill", "Quill Ada");
        assertThat(sum.names().get("Ada Quill")).containsExactly(g1, g2);
        assertThat(sum.preferredName()).isEqualTo("Ada Quill");
        assertThat(sum.support()).isEqualTo(2);
        assertThat(sum.graph()).isNull();
        assertThat(sum.films()).containsExactly(iri("film/harbour-lights"));
        assertThat(sum.credits()).containsExactly("director");
        // the parts are unchanged
        assertThat(a.names().get("Ada Quill")).containsExactly(g1);
        assertThat(a.credits()).isEmpty();
    }

    @Test
    public void resolvedCopyMapsFilmsActorsAndCharactersOnly() {
        Node from = iri("film/a");
        Node to = iri("film/b");
        Mention m = Mention.of(BASE + "film/a/character/kit", Kind.CHARACTER).name("Kit").film(from)
                .actor(from).character(from).recipient(from).record(iri("graph/1/m/1"));
        Mention r = m.resolved(n -> n.equals(from) ? to : n);
        assertThat(List.of(r.films(), r.actors(), r.characters())).allSatisfy(s -> assertThat(s).containsExactly(to));
        assertThat(r.recipients()).containsExactly(from);
        assertThat(r.record()).isEqualTo(m.record());
        assertThat(r.names().keySet()).containsExactly("Kit");
        assertThat(m.films()).containsExactly(from);
    }

    @Test
    public void clearNamesForgetsOnlyNames() {
        Mention m = Mention.of(BASE + "film/a/role/x", Kind.ROLE).name("X").actor(iri("person/x")).clearNames()
                .name("Kit");
        assertThat(m.names().keySet()).containsExactly("Kit");
        assertThat(m.actors()).containsExactly(iri("person/x"));
    }
}
