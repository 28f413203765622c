package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.ParsedDocument;
import org.kinograph.model.ReviewRecord;
import org.kinograph.model.Value;

public class TestForumPage {
    static final String GERMAN = String.join("\n",
            "Seitenanfang", "", "Meine Website Gruppe", "", "Privat · 9 Mitglieder", "Jonas Weber", "Jonas Weber", "",
            "Harvest Moon Ganzer Film 7", "",
            "Harvest Moon (2012)", "",
            "Harvest Moon ist ein ruhiger Film über eine Bauernfamilie, und ich habe ihn zweimal gesehen.", "",
            "Herunterladen:", "",
            "Die Musik ist wunderbar und die Bilder sind es auch.", "",
            "Willkommen in der Gruppe! Hier können sich Mitglieder austau...", "", "Seitenende", "");

    static ParsedDocument parse(String text, WebTesting.Warnings w) {
        return new ForumPage().parse(WebTesting.source(text), w);
    }

    @Test
    void germanChromeAroundAGermanPost() {
        var score = new ForumPage().score(GERMAN);
        assertThat(score.score()).isGreaterThanOrEqualTo(GenreRegistry.THRESHOLD);
        assertThat(score.reason()).contains("member count", "group welcome text", "author name repeated");
        ParsedDocument doc = parse(GERMAN, new WebTesting.Warnings());
        ReviewRecord r = doc.reviews().get(0);
        assertThat(doc.films().get(0).title().text()).isEqualTo("Harvest Moon");
        assertThat(doc.films().get(0).year().text()).isEqualTo("2012");
        assertThat(r.author().text()).isEqualTo("Jonas Weber");
        assertThat(r.headline().text()).isEqualTo("Harvest Moon (2012)");
        assertThat(r.body().text()).isEqualTo("Harvest Moon ist ein ruhiger Film über eine Bauernfamilie, und ich habe ihn "
                + "zweimal gesehen.\n\nDie Musik ist wunderbar und die Bilder sind es auch.");
        assertThat(r.language()).isEqualTo("de");
    }

    @Test
    void aLongReplySubjectIsTheHeadlineNotTheText() {
        // 16 words: as long as a line of prose, but a reply's subject line heads the post.
        String page = String.join("\n", "Film Talk » Dramas » Harvest Moon (2012)", "",
                "Re: Harvest Moon (2012) - a patient story with a quietly devastating final reel that stays with you",
                "",
                "Posted by: mira_kovac on 04.03.2015 21:10", "",
                "Harvest Moon is a 2012 drama film directed by Emi Kato. I watched it twice and the ending still "
                        + "surprised me.",
                "", "Reply", "Quote");
        ParsedDocument doc = parse(page, new WebTesting.Warnings());
        assertThat(doc.films()).hasSize(1);
        assertThat(doc.films().get(0).title().text()).isEqualTo("Harvest Moon");
    }

    @Test
    void spansAreOfTheRawText() {
        ParsedDocument doc = parse(GERMAN, new WebTesting.Warnings());
        Value author = doc.reviews().get(0).author();
        assertThat(GERMAN.substring(author.begin(), author.end())).isEqualTo("Jonas Weber");
    }

    static String castPage(String blocks) {
        return String.join("\n", "Harvest Moon: Autumn Song", "",
                "Harvest Moon: Autumn Song is a 2012 film. It stars Ren Sato and Mio Ono as Kazuo and Aki.", "",
                "Plot", "", "Kazuo Ota returns to the farm of his family, where Aki Ota waits and old Setsu tends the fields.", "",
                "Cast", "", blocks, "", "Reception", "", "It is a quiet film and a good one.", "");
    }

    @Test
    void twoNamesArePairedTheWayTheEvidenceSays() {
        // The character comes first here: "Kazuo Ota" recurs in the plot, "Ren Sato" is a known star.
        FilmRecord film = parse(castPage("Kazuo Ota\n\nRen Sato\n\nThe son who comes home."), new WebTesting.Warnings())
                .films().get(0);
        assertThat(WebTesting.cast(film)).contains("Ren Sato > Kazuo Ota").doesNotContain("Kazuo Ota > Ren Sato");
    }

    @Test
    void oneNameIsAnActorOrACharacterOnlyByEvidence() {
        String blocks = "Mio Ono\n\nAki Ota\n\nHis wife.\n\n\nSetsu\n\nThe old neighbour.\n\nKeita Mori\n\n\nA farmhand.\n\n"
                + "Hana Ueda\n\nA cousin from the city.";
        WebTesting.Warnings w = new WebTesting.Warnings();
        FilmRecord film = parse(castPage(blocks), w).films().get(0);
        assertThat(WebTesting.cast(film)).contains("Mio Ono > Aki Ota", "- > Setsu", "Keita Mori > -")
                .noneMatch(c -> c.contains("Hana Ueda"));
        // "Hana Ueda": a person-like name, but no empty slot and no other evidence: left out, with a warning.
        assertThat(w.messages).anyMatch(m -> m.contains("Hana Ueda") && m.contains("cannot tell"));
    }

    @Test
    void staticSitePostsAndArticlesScoreLow() {
        String frontMatter = "---\ntitle: Harvest Moon\ncategories:\n  - Reviews\n---\nPosted by x\n\nQuote\nReply\n"
                + "Public · 3 members\n";
        assertThat(new ForumPage().score(frontMatter).score()).isLessThan(GenreRegistry.THRESHOLD);
        assertThat(new ForumPage().score(frontMatter).reason()).contains("front matter");
        String article = "= Harvest Moon (film) =\n\n- Director: Ken Ota\n\nHarvest Moon is a 2012 film.\n\nQuote\nReply\n";
        assertThat(new ForumPage().score(article).score()).isLessThan(GenreRegistry.THRESHOLD);
    }

    @Test
    void aPostWithoutHeadlineIsAboutNoFilm() {
        ParsedDocument doc = parse("Originally Posted By: reelfan\nWhich film is better, this one or the other one?\n\n"
                + "I think both are great films and I would watch them again tomorrow.\n", new WebTesting.Warnings());
        assertThat(doc.films()).isEmpty();
        assertThat(doc.noFilmReason()).contains("headline");
    }
}
