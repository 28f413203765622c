package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

public class TestChrome {

    @ParameterizedTest
    @ValueSource(strings = {"top of page", "Bottom of Page", "Seitenanfang", "haut de page", "Bas de page",
        "Volver arriba", "Privat · 1.204 Mitglieder", "Public · 18 members", "Público·5 miembros", "37 membres",
        "Willkommen in der Gruppe! Hier könnt ihr euch austau...", "Welcome to the group! You can connect with other members",
        "Bienvenue dans le groupe ! Ici, les membres…", "Download Zip:", "Télécharger :", "Descargar aquí",
        "parte1.rar", "Mon site 2 Groupe", "My Site 4 Group", "Harvest Moon Film 12", "Harvest Moon Full Movie HD 720p",
        "Originally Posted By: reelfan", "Quote", "Reply", "Joined: 03 Feb 2011", "Beiträge: 312",
        "Language Switcher", "Click an type to find", "Untitled-2icon_fbicon_ig", "comments powered by Disqus",
        "Was this review helpful? Sign in to vote.", "March 2014", "Forum Index » Films » Harvest Moon"})
    void chromeInSeveralLanguages(String line) {
        assertThat(Chrome.kinds(line)).isNotZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Download speeds aside, the film looks great.", "Welcome to the world of the harvest moon.",
        "Apollo 13", "Ocean's 11", "Harvest Moon: Autumn Song", "Keiko Tanaka", "The Plot:",
        "The film was praised by members of the jury."})
    void contentIsNotChrome(String line) {
        assertThat(Chrome.kinds(line)).isZero();
    }

    @Test
    void eachKindHasItsBit() {
        assertThat(Chrome.kinds("Back to top")).isEqualTo(Chrome.EDGE);
        assertThat(Chrome.kinds("Public · 18 members")).isEqualTo(Chrome.MEMBER_COUNT);
        assertThat(Chrome.kinds("Welcome to the group! Say hello to the other members")).isEqualTo(Chrome.WELCOME_TEXT);
        assertThat(Chrome.kinds("part2.rar")).isEqualTo(Chrome.DOWNLOAD_LINK);
        assertThat(Chrome.kinds("Night Train Full Movie 1080p")).isEqualTo(Chrome.SEO_TITLE);
        assertThat(Chrome.kinds("My Site 3 Group")).isEqualTo(Chrome.HEADER);
        assertThat(Chrome.kinds("Joined: 12 May 2010")).isEqualTo(Chrome.FORUM_LINE);
        assertThat(Chrome.kinds("Boards » Cinema » Night Train")).isEqualTo(Chrome.CRUMBS);
        assertThat(Chrome.kinds("Language Switcher")).isEqualTo(Chrome.WIDGET_LINE);
        assertThat(Chrome.kinds("Mai 2013")).isEqualTo(Chrome.ARCHIVE);
        assertThat(Chrome.kinds("")).isZero();
        assertThat(Chrome.kinds("Top of page " + "x".repeat(Chrome.MAX_LINE))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Categories: Movies", "Tagged as: , ,", "Tags: drama, japan", "Posted in Reviews, Japan",
        "Filed under Drama", "2 replies »", "12 Comments", "Leave a Reply", "Leave a comment", "Schreibe einen Kommentar",
        "Laisser un commentaire", "Follow Blog via Email", "Share this:", "Related", "November 2015", "« Older posts"})
    void whatEndsABlogPost(String line) {
        assertThat(Chrome.endsPost(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tags aside, the story is thin.", "I posted in the forum that the film is great.",
        "Related to the novel, the film keeps its ending.", "Il a dit « oui » à la fin du film, et c'est beau."})
    void proseDoesNotEndAPost(String line) {
        assertThat(Chrome.endsPost(line)).isFalse();
    }
}
