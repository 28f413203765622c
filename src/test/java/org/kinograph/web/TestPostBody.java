package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinograph.model.Value;

public class TestPostBody {

    private static PostBody.Read read(String body) {
        return PostBody.read(body, 0, body.length(), Map.of("title", "Tokyo Story", "year", "1953"));
    }

    private static String text(String body) {
        Value v = read(body).text();
        return v == null ? null : v.text();
    }

    @Test
    void tagsGoAndReferencesAreDecoded() {
        assertThat(text("<p>Ozu&#8217;s film &amp; its &quot;pillow shots&quot;&#8230;</p>"))
                .isEqualTo("Ozu’s film & its \"pillow shots\"…");
        assertThat(text("caf&eacute; &ndash; bar&nbsp;&nbsp;stool")).isEqualTo("café – bar stool");
    }

    @Test
    void referencesEncodedTwiceAreDecodedToo() {
        assertThat(text("<p>the guy&amp;#8217;s phone</p>")).isEqualTo("the guy’s phone");
    }

    @Test
    void blocksBecomeParagraphs() {
        assertThat(text("<h2>Plot</h2>\n<p>One.</p>\n<p>Two.</p>")).isEqualTo("Plot\n\nOne.\n\nTwo.");
    }

    @Test
    void embeddedPlayersAreDropped() {
        assertThat(text("Before.\n<iframe src=\"https://www.youtube.com/embed/x\" width=\"1\">fallback text</iframe>\nAfter."))
                .isEqualTo("Before.\n\nAfter.");
        assertThat(text("A <embed src=\"x.swf\"> B")).isEqualTo("A B");
    }

    @Test
    void markdownImagesGoLinksKeepTheirText() {
        assertThat(text("See ![a still](/img/x.jpg) the [trailer](https://example.org/t \"Trailer\").")).isEqualTo(
                "See the trailer.");
        assertThat(text("[<img src=\"http://example.org/p.jpg\" alt=\"Poster\" />](http://example.org/big)\n\nText."))
                .isEqualTo("Text.");
        assertThat(text("My [earlier notes][n].\n\n[n]: https://example.org/n")).isEqualTo("My earlier notes.");
    }

    @Test
    void markdownMarksGo() {
        assertThat(text("# Heading\n\n**Bold** and *em* and _under_ and `code`, not snake_case_name.\n\n> quoted\n\n- one\n- two\n\n---\n\nEnd \\*literal\\*"))
                .isEqualTo("Heading\n\nBold and em and under and code, not snake_case_name.\n\nquoted\n\none\ntwo\n\nEnd *literal*");
    }

    @Test
    void markdownInsideTagsIsLeftAlone() {
        assertThat(text("<a href=\"https://example.org/a_b_c\" title=\"*x*\">Link</a> text")).isEqualTo("Link text");
    }

    @Test
    void liquidPageValuesArePrintedOthersDropped() {
        assertThat(text("<i>{{ page.title }}</i> ({{page.year}}) at {{ site.url }}/x {% include ad.html %}done"))
                .isEqualTo("Tokyo Story (1953) at /x done");
        assertThat(text("<img alt=\"{{ page.title }} Trailer\" src=\"x.jpg\"/>Only this")).isEqualTo("Only this");
    }

    @Test
    void theSpanIsTheRawBodyFromItsFirstToItsLastVisibleCharacter() {
        String doc = "---\ntitle: x\n---\n[<img src=\"p.jpg\"/>](http://e.org/p)\n\n<p>First &amp; last</p>\n\n";
        int begin = doc.indexOf("[<img");
        Value v = PostBody.read(doc, begin, doc.length(), Map.of()).text();
        assertThat(v.text()).isEqualTo("First & last");
        assertThat(doc.substring(v.begin(), v.end())).isEqualTo("First &amp; last");
    }

    @Test
    void emptyBody() {
        assertThat(read("\n  <iframe src=\"x\"></iframe>\n").text()).isNull();
    }

    @Test
    void linksKeepTheRawSpanOfTheirAddress() {
        String body = "I watched <a class=\"s\" href=\"http://en.wikipedia.org/wiki/Tokyo_Story\" rel=\"wikipedia\">"
                + "Tokyo <b>Story</b></a> and [Late Spring](https://en.wikipedia.org/wiki/Late_Spring).";
        var links = read(body).links();
        assertThat(links).hasSize(2);
        PostBody.Link a = links.get(0);
        assertThat(a.text()).isEqualTo("Tokyo Story");
        assertThat(a.href().text()).isEqualTo("http://en.wikipedia.org/wiki/Tokyo_Story");
        assertThat(body.substring(a.href().begin(), a.href().end())).isEqualTo(a.href().text());
        assertThat(a.wikipediaPage()).isEqualTo("Tokyo Story");
        assertThat(links.get(1).text()).isEqualTo("Late Spring");
        assertThat(links.get(1).wikipediaPage()).isEqualTo("Late Spring");
    }

    @Test
    void wikipediaPageNames() {
        assertThat(PostBody.wikipediaPage("https://en.wikipedia.org/wiki/Majnu_(2016_film)")).isEqualTo("Majnu (2016 film)");
        assertThat(PostBody.wikipediaPage("https://de.m.wikipedia.org/wiki/Good_Bye,_Lenin%21#Handlung"))
                .isEqualTo("Good Bye, Lenin!");
        assertThat(PostBody.wikipediaPage("https://en.wikipedia.org/wiki/C%2B%2B")).isEqualTo("C++");
        assertThat(PostBody.wikipediaPage("https://example.org/wiki/Majnu")).isNull();
        assertThat(PostBody.wikipediaPage("https://en.wikipedia.org/w/index.php?title=X")).isNull();
    }

    @Test
    void hugeRulesAndRunsDoNotExhaustTheStack() {
        String body = "Top.\n" + "-".repeat(200_000) + "\n" + "* ".repeat(50_000) + "\nEnd.";
        assertThat(text(body)).startsWith("Top.").endsWith("End.");
    }
}
