package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinograph.article.EncyclopediaArticle;
import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.model.Field;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.ParsedDocument;
import org.kinograph.model.ReviewRecord;
import org.kinograph.model.Value;
import org.kinograph.source.Source;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.testing.Golden;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;

public class TestStaticSitePost {
    private final StaticSitePost genre = new StaticSitePost();
    private final List<String> warnings = new ArrayList<>();
    private final ErrorHandler recorder = new ErrorHandler() {
        @Override
        public void warning(String d, long l, long c, String m) {
            warnings.add(d + ":" + l + ":" + c + ": " + m);
        }

        @Override
        public void error(String d, long l, long c, String m) {
            warnings.add("ERROR " + d + ":" + l + ":" + c + ": " + m);
        }
    };

    private ParsedDocument parse(String text) {
        return genre.parse(new Source(Path.of("/tmp/post.md"), "0".repeat(64), "UTF-8", text.length(), text), recorder);
    }

    private ReviewRecord review(String text) {
        ParsedDocument doc = parse(text);
        assertThat(doc.noFilmReason()).as("no-film reason").isNull();
        assertThat(doc.reviews()).hasSize(1);
        return doc.reviews().get(0);
    }

    private static String post(String frontMatter) {
        return "---\n" + frontMatter + "---\nI watched the film last night and it was better than I had hoped.\n";
    }

    // ---- detection

    @Test
    void aPostIsDetectedAndSaysWhy() {
        var score = genre.score(post("title: Tokyo Story\ndate: 2020-01-02\ncategories: [Reviews]\n"));
        assertThat(score.score()).isGreaterThanOrEqualTo(GenreRegistry.THRESHOLD);
        assertThat(score.reason()).contains("YAML front matter (lines 1-5)").contains("post keys title, date, categories")
                .contains("a body");
    }

    @Test
    void theStandardRegistryHasIt() {
        var d = GenreRegistry.standard().detect(post("title: Tokyo Story\nlayout: post\n"));
        assertThat(d.winner()).isPresent();
        assertThat(d.winner().get().genre().name()).isEqualTo(StaticSitePost.NAME);
    }

    @Test
    void itDoesNotStealArticles() throws IOException {
        for (Path p : List.of(TestFiles.repo().resolve("examples/corpus/spirited-away-2001.txt"), TestFiles.seedArticle())) {
            String text = Files.readString(p);
            assertThat(genre.score(text).score()).as(p.toString()).isZero();
            assertThat(GenreRegistry.standard().detect(text).winner().get().genre().name())
                    .isEqualTo(EncyclopediaArticle.NAME);
        }
    }

    @Test
    void markdownWithoutFrontMatterIsNotAPost() {
        assertThat(genre.score("# Tokyo Story\n\ntitle: not front matter\n\nSome text.\n").score()).isZero();
        assertThat(genre.score("Intro\n---\ntitle: x\n---\n").score()).isZero();
    }

    @Test
    void otherYamlIsNotAPost() {
        assertThat(genre.score("---\nname: build\non: push\njobs: {}\n---\n").score()).isLessThan(GenreRegistry.THRESHOLD);
        // a rule at the top of a Markdown file, not front matter
        assertThat(genre.score("---\n\nSome text.\n\n---\n\nMore text.\n").score()).isLessThan(GenreRegistry.THRESHOLD);
    }

    // ---- broken front matter: reported, never thrown

    @Test
    void unclosedFrontMatterIsReportedWithItsPlace() {
        String text = "---\ntitle: Tokyo Story\ndate: 2020-01-02\n\nThe film is slow and kind.\n";
        assertThat(genre.score(text).score()).isEqualTo(GenreRegistry.THRESHOLD);
        ParsedDocument doc = parse(text);
        assertThat(doc.films()).isEmpty();
        assertThat(doc.noFilmReason()).contains("never closed");
        assertThat(warnings).containsExactly("post.md:1:1: front matter opened here is never closed (no closing '---' line)");
    }

    @Test
    void invalidYamlIsReportedWithLineAndColumn() {
        String text = "---\ntitle: Tokyo Story\ntags: [ozu, family\nrating: 5\n---\nText.\n";
        ParsedDocument doc = parse(text);
        assertThat(doc.films()).isEmpty();
        assertThat(doc.noFilmReason()).contains("not valid YAML").endsWith("(line 4, column 7)");
        assertThat(warnings).hasSize(1).allSatisfy(w -> assertThat(w).startsWith("post.md:4:7: front matter is not valid YAML"));
    }

    @Test
    void aDuplicatedKeyIsLeftOutAndReported() {
        ReviewRecord r = review(post("title: Tokyo Story\nrating: 4\nrating: 2\nyear: 1953\n"));
        assertThat(r.rating()).isNull();
        assertThat(warnings).containsExactly(
                "post.md:4:1: front-matter key \"rating\" is written more than once; it is left out");
    }

    @Test
    void noTitleNoFilm() {
        assertThat(parse(post("layout: post\nrating: 4\n")).noFilmReason()).contains("no title");
    }

    // ---- which posts are about one film

    @Test
    void aPostWithNoSignOfAFilmIsNoFilm() {
        ParsedDocument doc = parse(post("title: A weekend in Kyoto\ncategories: [Travel]\ntags: [temples]\n"));
        assertThat(doc.films()).isEmpty();
        assertThat(doc.noFilmReason()).startsWith("no sign that the post is about one film");
    }

    @Test
    void roundupsAreNoFilm() {
        for (String headline : List.of("Top 10 - Comfort Films", "10 Films to See Before You Die",
                "5 Things I Loved About Tokyo Story", "Best of 2016", "The Best Japanese Movies of the Decade")) {
            ParsedDocument doc = parse(post("title: " + headline + "\ncategories: [Movie Reviews]\nyear: 2016\n"));
            assertThat(doc.films()).as(headline).isEmpty();
            assertThat(doc.noFilmReason()).as(headline).startsWith("a roundup of several films");
        }
        ParsedDocument listCategory = parse(post("title: Rainy days\ncategories: [Lists]\ntags: [review]\n"));
        assertThat(listCategory.noFilmReason()).startsWith("a roundup");
    }

    @Test
    void aReviewCategoryOrAFilmFieldIsEnough() {
        assertThat(review(post("title: Tokyo Story\ncategories: [Film Reviews]\n")).film().title().text())
                .isEqualTo("Tokyo Story");
        assertThat(review(post("title: Tokyo Story\nyear: 1953\n")).film().year().text()).isEqualTo("1953");
        // a number that is the title is not a roundup
        assertThat(review(post("title: \"24\"\nrating: 3.5\n")).film().title().text()).isEqualTo("24");
    }

    // ---- fields

    @Test
    void datesAreNormalisedToIso() {
        assertThat(review(post("title: X\nyear: 2016\ndate: 2016-3-12\n")).date().text()).isEqualTo("2016-03-12");
        assertThat(review(post("title: X\nyear: 2016\ndate: 2016-03-12 9:05 -0500\n")).date().text())
                .isEqualTo("2016-03-12T09:05:00-05:00");
        assertThat(review(post("title: X\nyear: 2016\ndate: 2011-11-08T04:46:54+00:00\n")).date().text())
                .isEqualTo("2011-11-08T04:46:54Z");
        // not ISO-like: passed on as written (the mapper reads written dates)
        assertThat(review(post("title: X\nyear: 2016\ndate: March 12, 2016\n")).date().text()).isEqualTo("March 12, 2016");
        assertThat(review(post("title: X\nyear: 2016\ndate: 2016-13-45\n")).date()).isNull();
        assertThat(warnings).containsExactly("post.md:4:7: not a date: \"2016-13-45\"");
    }

    @Test
    void theDateKeepsTheSpanOfWhatIsWritten() {
        String text = post("title: X\nyear: 2016\ndate: 2016-3-12\n");
        Value d = review(text).date();
        assertThat(text.substring(d.begin(), d.end())).isEqualTo("2016-3-12");
    }

    @Test
    void ratingsAndTheirScale() {
        var own = review(post("title: X\nrating: 3.5/5\n")).rating();
        assertThat(own.value().text()).isEqualTo("3.5");
        assertThat(own.best().text()).isEqualTo("5");
        var outOf = review(post("title: X\nrating: 7 out of 10\n")).rating();
        assertThat(outOf.value().text()).isEqualTo("7");
        assertThat(outOf.best().text()).isEqualTo("10");
        var keyed = review(post("title: X\nrating: 4\nbest_rating: 10\n")).rating();
        assertThat(keyed.best().text()).isEqualTo("10");
        var assumed = review(post("title: X\nrating: 3.25\n")).rating();
        assertThat(assumed.value().text()).isEqualTo("3.25");
        assertThat(assumed.best().text()).isEqualTo("5");
        assertThat(assumed.rule()).isEqualTo("static-site-post/rating-out-of-5");
        assertThat(warnings).isEmpty();
        var high = review(post("title: X\nrating: 8\n")).rating();
        assertThat(high.best()).isNull();
        assertThat(warnings).singleElement().asString().contains("above 5");
        assertThat(review(post("title: X\nrating: great\nyear: 2000\n")).rating()).isNull();
    }

    @Test
    void theUrl() {
        assertThat(review(post("title: X\nyear: 2000\nguid: http://blog.example.com/?p=3\npermalink: /2000/x/\n")).url()
                .text()).isEqualTo("http://blog.example.com/2000/x/");
        assertThat(review(post("title: X\nyear: 2000\nguid: http://blog.example.com/?p=3\n")).url().text())
                .isEqualTo("http://blog.example.com/?p=3");
        assertThat(review(post("title: X\nyear: 2000\npermalink: https://a.example.org/x/\nguid: http://b.example/?p=1\n"))
                .url().text()).isEqualTo("https://a.example.org/x/");
        // a permalink pattern is no address; a relative permalink without a site is not either
        assertThat(review(post("title: X\nyear: 2000\npermalink: /:year/:title/\nguid: http://b.example.com/?p=1\n"))
                .url().text()).isEqualTo("http://b.example.com/?p=1");
        assertThat(review(post("title: X\nyear: 2000\npermalink: /x/\n")).url()).isNull();
        assertThat(review(post("title: X\nyear: 2000\nguid: 1234\n")).url()).isNull();
    }

    @Test
    void aGeotagThatIsNotPublicIsLeftOut() {
        ReviewRecord r = review(post("title: X\nyear: 2000\ngeo_latitude: [\"35.0\"]\ngeo_longitude: [\"135.7\"]\n"
                + "geo_address: [Kyoto]\ngeo_public: [\"0\"]\n"));
        assertThat(r.place()).isNull();
        assertThat(warnings).singleElement().asString().contains("not public");
        ReviewRecord pub = review(post("title: X\nyear: 2000\ngeo_latitude: 35.0\ngeo_longitude: 135.7\n"));
        assertThat(pub.place().latitude().text()).isEqualTo("35.0");
        assertThat(pub.place().longitude().text()).isEqualTo("135.7");
        assertThat(pub.place().address()).isNull();
        ReviewRecord bad = review(post("title: X\nyear: 2000\ngeo_latitude: 135.0\ngeo_longitude: 35.7\ngeo_address: Nowhere\n"));
        assertThat(bad.place().latitude()).isNull();
        assertThat(bad.place().address().text()).isEqualTo("Nowhere");
    }

    @Test
    void imagesMustBeAbsoluteAndMediaMetadataMustBeHonest() {
        FilmRecord rel = review(post("title: X\nyear: 2000\nimage: poster.jpg\n")).film();
        assertThat(rel.facts(Field.IMAGE)).isEmpty();
        FilmRecord abs = review(post("title: X\nyear: 2000\nimage: https://img.example.org/p.jpg\n")).film();
        assertThat(abs.facts(Field.IMAGE)).singleElement().satisfies(f ->
                assertThat(f.value().text()).isEqualTo("https://img.example.org/p.jpg"));
        String url = "http://img.example.org/p";
        String media = "tagazine-media: ['a:1:{s:7:\"primary\";s:24:\"" + url + "\";}']\n";
        String text = post("title: X\nyear: 2000\n" + media);
        Value primary = review(text).film().facts(Field.IMAGE).get(0).value();
        assertThat(primary.text()).isEqualTo(url);
        assertThat(text.substring(primary.begin(), primary.end())).isEqualTo(url);
        // a lying length: reported, no image, no exception
        FilmRecord lying = review(post("title: X\nyear: 2000\n" + media.replace("s:24:", "s:99:"))).film();
        assertThat(lying.facts(Field.IMAGE)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("not valid PHP-serialized data");
    }

    @Test
    void genresAndClearlyMarkedCrew() {
        FilmRecord f = review(post("title: X\nyear: 2000\ngenre: Drama, Family\ndirector: Yasujiro Ozu\n"
                + "cast: [Chishu Ryu, Chieko Higashiyama]\ntags: [setsuko hara]\n")).film();
        assertThat(f.facts(Field.GENRE)).extracting(x -> x.value().text()).containsExactly("Drama", "Family");
        assertThat(f.facts(Field.DIRECTOR)).extracting(x -> x.value().text()).containsExactly("Yasujiro Ozu");
        // tags are never read as people
        assertThat(f.facts(Field.ACTOR)).extracting(x -> x.value().text()).containsExactly("Chishu Ryu", "Chieko Higashiyama");
    }

    @Test
    void aMisspeltLinkKeyIsReported() {
        ReviewRecord r = review(post("title: X\nyear: 2000\nlinik: https://en.wikipedia.org/wiki/X\n"));
        assertThat(r.film().facts(Field.LINK)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("\"linik\" is not a known field");
    }

    @Test
    void aLinkThatIsNoAddressIsReported() {
        ReviewRecord r = review(post("title: X\nyear: 2000\nlink: see wikipedia\n"));
        assertThat(r.film().facts(Field.LINK)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("the link is not a web address");
    }

    @Test
    void theYearOfTheLinkedPage() {
        FilmRecord f = review(post("title: Departures\ncategories: [Reviews]\n"
                + "link: https://en.wikipedia.org/wiki/Departures_(2008_film)\n")).film();
        assertThat(f.year().text()).isEqualTo("2008");
    }

    @Test
    void keywordsAreListItemsOrCommaSeparatedAndEachOnce() {
        ReviewRecord r = review(post("title: X\nyear: 2000\ncategories: [Reviews, Japan]\ntags: japan, ozu; family\n"));
        assertThat(r.keywords()).extracting(Value::text).containsExactly("Reviews", "Japan", "ozu", "family");
    }

    // ---- robustness

    @Test
    void brokenPostsAreReportedNeverThrown() throws IOException {
        String[] noise = {"---\n", "'", "\"", "[", "{", "}", ":", ": ", "&#", "&amp;", "<iframe>", "<a href=\"", "\uD83C",
            "\uD83C\uDFAC", "s:99:\"", "a:3:{", "\n  - ", "*", "_", "`", "{{ page.title", "](", "![", "\t", "&", "<",
            "\u0000", "\uE001", "\n---\n", "*&x ", "!!python/object:x "};
        java.util.Random random = new java.util.Random(20240601L);
        DocumentPipeline pipeline = new DocumentPipeline(GenreRegistry.standard(), new Ids(Ids.DEFAULT_BASE));
        List<Path> inputs = new ArrayList<>();
        for (Path dir : Golden.cases(StaticSitePost.NAME).toList()) inputs.add(Golden.input(dir));
        int n = 0;
        for (Path input : inputs) {
            String original = Files.readString(input);
            for (int k = 0; k < 80; k++) {
                StringBuilder b = new StringBuilder(original);
                int edits = 1 + random.nextInt(4);
                for (int e = 0; e < edits && b.length() > 0; e++) {
                    int at = random.nextInt(b.length());
                    switch (random.nextInt(3)) {
                        case 0 -> b.setLength(Math.max(4, at));
                        case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(20)));
                        default -> b.insert(at, noise[random.nextInt(noise.length)]);
                    }
                }
                String text = b.toString();
                Source doc = new Source(Path.of("/tmp/fuzz-" + n + ".md"), String.format("%064x", n++), "UTF-8",
                        text.length(), text);
                org.assertj.core.api.Assertions.assertThatCode(() -> pipeline.map(doc, ErrorHandler.silent()))
                        .as("variant of %s:%n%s", input.getFileName(), text).doesNotThrowAnyException();
            }
        }
        assertThat(n).isGreaterThanOrEqualTo(400);
    }
}
