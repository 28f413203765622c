package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinograph.model.Value;

public class TestFrontMatter {

    private static FrontMatter read(String text) throws FrontMatter.Invalid {
        return FrontMatter.read(text, FrontMatter.locate(text));
    }

    @Test
    void locatesTheBlockBetweenDashLines() {
        String text = "---\ntitle: A\n---\nbody\n";
        FrontMatter.Located at = FrontMatter.locate(text);
        assertThat(at.closed()).isTrue();
        assertThat(text.substring(at.contentBegin(), at.contentEnd())).isEqualTo("title: A\n");
        assertThat(text.substring(at.bodyBegin())).isEqualTo("body\n");
    }

    @Test
    void dotsCloseTooAndCarriageReturnsAreAccepted() {
        String text = "---\r\ntitle: A\r\n...\r\nbody";
        FrontMatter.Located at = FrontMatter.locate(text);
        assertThat(at.closed()).isTrue();
        assertThat(text.substring(at.bodyBegin())).isEqualTo("body");
    }

    @Test
    void onlyAtTheVeryStart() {
        assertThat(FrontMatter.locate("\n---\ntitle: A\n---\n")).isNull();
        assertThat(FrontMatter.locate("# Heading\n\n---\ntitle: A\n---\n")).isNull();
        assertThat(FrontMatter.locate("----\ntitle: A\n---\n")).isNull();
    }

    @Test
    void unclosed() {
        FrontMatter.Located at = FrontMatter.locate("---\ntitle: A\nauthor: B\n\nText without an end.\n");
        assertThat(at.closed()).isFalse();
    }

    @Test
    void marksCountCodePointsAndAreConvertedToUtf16() throws FrontMatter.Invalid {
        // U+1F3AC (two UTF-16 units) before the values: SnakeYAML's Mark index counts it as one.
        String text = "---\n# \uD83C\uDFAC notes\ntitle: '\uD83C\uDFAC Night: Tokyo'\nauthor: Mio Sato\n---\nbody";
        FrontMatter fm = read(text);
        Value author = fm.scalar("author").raw();
        assertThat(author.text()).isEqualTo("Mio Sato");
        assertThat(author.begin()).isEqualTo(text.indexOf("Mio Sato"));
        assertThat(text.substring(author.begin(), author.end())).isEqualTo("Mio Sato");
        Scalar title = fm.scalar("title");
        assertThat(title.verbatim()).isTrue();
        assertThat(text.substring(title.begin(), title.end())).isEqualTo("\uD83C\uDFAC Night: Tokyo");
    }

    @Test
    void quotedScalarsSpanTheirTextInsideTheQuotes() throws FrontMatter.Invalid {
        String text = "---\ntitle: \"Seven Samurai\"\nlink: 'https://example.org/x'\n---\n";
        FrontMatter fm = read(text);
        Value t = fm.scalar("title").raw();
        assertThat(t).isEqualTo(new Value("Seven Samurai", text.indexOf("Seven"), text.indexOf("Seven") + 13));
        assertThat(fm.scalar("link").raw().text()).isEqualTo("https://example.org/x");
    }

    @Test
    void escapedScalarsPointAtTheWholeScalar() throws FrontMatter.Invalid {
        String text = "---\ntitle: \"Caf\\u00e9 Lumi\\u00e8re\"\n---\n";
        Scalar s = read(text).scalar("title");
        assertThat(s.verbatim()).isFalse();
        Value v = s.raw();
        assertThat(v.text()).isEqualTo("Café Lumière");
        assertThat(text.substring(v.begin(), v.end())).isEqualTo("Caf\\u00e9 Lumi\\u00e8re");
    }

    @Test
    void listsOfStringsAndFlowLists() throws FrontMatter.Invalid {
        String text = "---\ngeo_latitude:\n  - \"30.5\"\ntags: [a, 'b c', \"d\"]\nempty:\n---\n";
        FrontMatter fm = read(text);
        assertThat(fm.scalar("geo_latitude").raw().text()).isEqualTo("30.5");
        assertThat(fm.scalars("tags")).extracting(Scalar::value).containsExactly("a", "b c", "d");
        assertThat(fm.isList("tags")).isTrue();
        assertThat(fm.scalar("empty")).isNull();
        assertThat(fm.scalar("missing")).isNull();
    }

    @Test
    void keysAreCaseInsensitive() throws FrontMatter.Invalid {
        assertThat(read("---\nTitle: A\n---\n").scalar("title").value()).isEqualTo("A");
    }

    @Test
    void duplicateKeysAreLeftOutAndReported() throws FrontMatter.Invalid {
        String text = "---\ntitle: A\nauthor: X\ntitle: B\n---\n";
        FrontMatter fm = read(text);
        assertThat(fm.scalar("title")).isNull();
        assertThat(fm.scalar("author").value()).isEqualTo("X");
        assertThat(fm.duplicates()).containsExactly(new FrontMatter.Duplicate("title", text.lastIndexOf("title")));
    }

    @Test
    void invalidYamlSaysWhere() {
        String text = "---\ntitle: Tokyo Story\ntags: [ozu, family\nrating: 5\n---\n";
        assertThatThrownBy(() -> read(text)).isInstanceOf(FrontMatter.Invalid.class)
                .hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(StaticSitePost.position(text, ((FrontMatter.Invalid) e).offset()))
                        // the ':' after "rating" on the fourth line of the document
                        .isEqualTo("line 4, column 7"));
    }

    @Test
    void aBillionLaughsIsRefused() {
        StringBuilder b = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'j'; c++) {
            b.append(c).append(": &").append(c).append(" [").append(String.join(", ", List.of(
                    "*" + prev, "*" + prev, "*" + prev, "*" + prev, "*" + prev, "*" + prev, "*" + prev, "*" + prev,
                    "*" + prev))).append("]\n");
            prev = String.valueOf(c);
        }
        b.append("title: boom\n---\n");
        assertThatThrownBy(() -> read(b.toString())).isInstanceOf(FrontMatter.Invalid.class);
    }

    @Test
    void tooLongIsRefused() {
        String text = "---\ntitle: " + "x".repeat(FrontMatter.MAX_CODE_POINTS + 10) + "\n---\n";
        assertThatThrownBy(() -> read(text)).isInstanceOf(FrontMatter.Invalid.class)
                .hasMessageContaining("cannot be read");
    }

    @Test
    void tooDeepIsRefused() {
        String text = "---\nx: " + "[".repeat(FrontMatter.MAX_NESTING + 5) + "]".repeat(FrontMatter.MAX_NESTING + 5)
                + "\n---\n";
        assertThatThrownBy(() -> read(text)).isInstanceOf(FrontMatter.Invalid.class);
    }

    @Test
    void typeTagsAreRefusedNotBuilt() {
        // SnakeYAML 2's default tag inspector refuses global tags even while composing: the
        // front matter is reported as invalid and nothing is instantiated.
        String text = "---\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                + "[\"http://localhost/\"]]]]\ntitle: ok\n---\n";
        assertThatThrownBy(() -> read(text)).isInstanceOf(FrontMatter.Invalid.class)
                .hasMessageContaining("tag is not allowed");
    }

    @Test
    void standardTagsAreReadAsText() throws FrontMatter.Invalid {
        FrontMatter fm = read("---\nyear: !!str 1954\nrating: !!float 4.5\n---\n");
        assertThat(fm.scalar("year").value()).isEqualTo("1954");
        assertThat(fm.scalar("rating").value()).isEqualTo("4.5");
    }

    @Test
    void notAMapping() {
        assertThatThrownBy(() -> read("---\n- a\n- b\n---\n")).isInstanceOf(FrontMatter.Invalid.class)
                .hasMessageContaining("not a mapping");
        assertThatThrownBy(() -> read("---\n---\nbody")).isInstanceOf(FrontMatter.Invalid.class)
                .hasMessageContaining("empty");
    }

    @Test
    void mappingValues() throws FrontMatter.Invalid {
        FrontMatter fm = read("---\nauthor:\n  name: Dario Ferrante\n  url: x\n---\n");
        assertThat(fm.isMapping("author")).isTrue();
        assertThat(fm.scalarIn("author", "name").value()).isEqualTo("Dario Ferrante");
        assertThat(fm.scalar("author")).isNull();
    }
}
