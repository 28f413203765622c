package org.kinograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.testing.Cli;
import org.kinograph.testing.Graphs;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;

/** {@code kinograph conflicts} and {@code kinograph explain} over the four seeds. */
public class TestConflictsAndExplain {
    static final String B = Ids.DEFAULT_BASE;
    static final String FILM = B + "film/koizora-2007";
    static final String NIKKAN = FILM + "/accolade/2007-20th-nikkan-sports-film-award-best-newcomer-award";
    static final String ARTICLE = "000_49e38a968392859f.txt";
    static final String FORUM = "001_1129adba4e8e7a97.txt";

    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("seeds");
        Cli.Run r = Cli.ingest(store, TestFiles.seedArticle(), TestFiles.seedForum(), TestFiles.seedBlog(),
                TestFiles.seedStaticPost());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    // ---------------------------------------------------------------------------------------------
    // conflicts

    @Test
    void theNikkanSportsAwardRecipientsDisagreeBetweenTheArticleAndTheForumPage() {
        Cli.Run r = Cli.run("conflicts", "--store", store.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        int at = lines.indexOf("<" + NIKKAN + ">  kino:recipient  (2 sources disagree)");
        assertThat(at).as(r.out()).isGreaterThanOrEqualTo(0);
        assertThat(lines.get(at + 1)).startsWith("  preferred  score ").endsWith("<" + B + "person/yui-aragaki>");
        assertThat(lines.get(at + 2)).contains(ARTICLE + "  encyclopedia-article (trust 1)")
                .contains("\"Yui Aragaki\"").contains("rule encyclopedia-article/awards-table");
        assertThat(lines.get(at + 3)).startsWith("  other      score ").endsWith("<" + B + "person/haruma-miura>");
        assertThat(lines.get(at + 4)).contains(FORUM + "  forum-page (trust 0.2)").contains("\"Haruma Miura\"")
                .contains("rule forum-page/award-claim");
        // each printed span cuts its anchor out of its document
        checkSpan(lines.get(at + 2), TestFiles.seedArticle(), "Yui Aragaki");
        checkSpan(lines.get(at + 4), TestFiles.seedForum(), "Haruma Miura");
        assertThat(r.out()).endsWith("1 conflicts\n");
    }

    private static void checkSpan(String line, Path file, String anchor) {
        Matcher m = Pattern.compile("\\[(\\d+),(\\d+)\\)").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        int[] cps = Graphs.read(file).text().codePoints().toArray();
        int b = Integer.parseInt(m.group(1));
        int e = Integer.parseInt(m.group(2));
        assertThat(new String(cps, b, e - b)).isEqualTo(anchor);
    }

    @Test
    void trustWeightsAreConfiguration() throws IOException {
        Path weights = tmp.resolve("forum-first.properties");
        Files.writeString(weights, "forum-page = 1.0\nencyclopedia-article = 0.1\n", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("conflicts", "--store", store.toString(), "--weights", weights.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        int at = lines.indexOf("<" + NIKKAN + ">  kino:recipient  (2 sources disagree)");
        assertThat(lines.get(at + 1)).startsWith("  preferred").endsWith("<" + B + "person/haruma-miura>");
        assertThat(lines.get(at + 2)).contains(FORUM + "  forum-page (trust 1)");
    }

    @Test
    void badWeightsAreAUsageError() throws IOException {
        Path weights = tmp.resolve("bad.properties");
        Files.writeString(weights, "forum-page = a lot\n", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("conflicts", "--store", store.toString(), "--weights", weights.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("forum-page").contains("not a number");
        assertThat(Cli.run("conflicts", "--store", tmp.resolve("no-store").toString()).exit()).isEqualTo(2);
    }

    @Test
    void theSameConflictIsInTheConflictsGraph() {
        String q = "SELECT ?file ?value ?preferred ?anchor WHERE { GRAPH <" + B + "graph/conflicts> { ?c a kino:Conflict ; "
                + "kino:about <" + NIKKAN + "> ; kino:property kino:recipient ; kino:claim ?claim . ?claim kino:value ?value ; "
                + "prov:wasDerivedFrom ?src ; kino:preferred ?preferred ; kino:supportedBy ?r } "
                + "GRAPH ?g { ?r nif:anchorOf ?anchor } ?src kino:fileName ?file } ORDER BY ?file";
        assertThat(Cli.column(store, "file", q)).containsExactly(ARTICLE, FORUM);
        assertThat(Cli.column(store, "value", q)).containsExactly(B + "person/yui-aragaki", B + "person/haruma-miura");
        assertThat(Cli.column(store, "preferred", q)).containsExactly("true", "false");
        assertThat(Cli.column(store, "anchor", q)).containsExactly("Yui Aragaki", "Haruma Miura");
    }

    // ---------------------------------------------------------------------------------------------
    // explain

    @Test
    void explainPrintsEverySourceWithItsEvidenceInContext() {
        Cli.Run r = Cli.run("explain", "--store", store.toString(), "film/koizora-2007", "schema:datePublished");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("schema:datePublished \"2007-11-03\"^^xsd:date")
                .contains(ARTICLE + " (encyclopedia-article), rule encyclopedia-article/infobox")
                .contains("- Released: «2007-11-03»⏎- Runtime: 129 minutes")
                .contains("002_c0d69a6fae281b1e.txt (blog-review)")
                .contains("Release date: «November 3rd 2007»")
                .doesNotContain("schema:name");
    }

    @Test
    void explainFollowsAMergedMentionToItsEntityAndListsTheMerges() {
        Cli.Run r = Cli.run("explain", "--store", store.toString(), B + "film/koizora", "schema:name");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(B + "film/koizora is a mention of " + FILM)
                .contains("rule resolve/film-title-no-year").contains("same title \"koizora\"")
                .contains("003_9aa08453b82dc945.txt (static-site-post)");
        Cli.Run c = Cli.run("explain", "--store", store.toString(), "film/koizora-2007/character/hiro-sakurai");
        assertThat(c.out()).contains("merged mentions:")
                .contains(FILM + "/character/hiro in 002_c0d69a6fae281b1e.txt")
                .contains("rule resolve/character-short-name")
                .contains("schema:alternateName \"Hiro\"")
                .contains("entity resolution, rule resolve/alternate-name");
    }

    @Test
    void aChangedOrMissingFileGivesTheAnchorOnly() throws IOException {
        Path doc = tmp.resolve("docs/article.txt");
        Files.createDirectories(doc.getParent());
        Files.copy(TestFiles.seedArticle(), doc);
        Path s = tmp.resolve("changing");
        assertThat(Cli.ingest(s, doc).exit()).isZero();
        Cli.Run before = Cli.run("explain", "--store", s.toString(), "film/koizora-2007", "schema:duration");
        assertThat(before.out()).contains("- Runtime: «129 minutes»");
        Files.writeString(doc, Files.readString(doc, StandardCharsets.UTF_8).replace("129 minutes", "130 minutes"),
                StandardCharsets.UTF_8);
        Cli.Run changed = Cli.run("explain", "--store", s.toString(), "film/koizora-2007", "schema:duration");
        assertThat(changed.out()).contains("«129 minutes» (file " + doc + " has changed since it was ingested; anchor only)")
                .doesNotContain("- Runtime:");
        Files.delete(doc);
        Cli.Run gone = Cli.run("explain", "--store", s.toString(), "film/koizora-2007", "schema:duration");
        assertThat(gone.out()).contains("«129 minutes» (file " + doc + " is gone; anchor only)");
    }

    @Test
    void explainingNothingSaysSo() {
        Cli.Run r = Cli.run("explain", "--store", store.toString(), "film/no-such-film-1900");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("the store holds no fact about it");
        assertThat(Cli.run("explain", "--store", store.toString(), "film/koizora-2007", "nope:thing").exit()).isEqualTo(2);
    }
}
