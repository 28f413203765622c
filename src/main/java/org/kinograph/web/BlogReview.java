package org.kinograph.web;

import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.Genre;
import org.kinograph.genre.GenreScore;
import org.kinograph.model.ParsedDocument;
import org.kinograph.source.Source;

/**
 * The blog-review genre: a blog post that reviews one film. The post ends where the blog's chrome
 * begins ("Categories:", "Tagged as:", "N replies »", "Leave a Reply", "Follow Blog via Email",
 * archive months, search and icon widgets); categories and tags become keywords; the headline
 * names the film ("X (Korean Movie)" → X); labelled lines ("Release date:", "Director:",
 * "Drama: X (Translation)") and the prose (casting sentences, the source work's full title and
 * its translation, "is a 2007 film", awards…) give the film's facts.
 */
public final class BlogReview implements Genre {
    /** The genre's name. */
    public static final String NAME = "blog-review";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GenreScore score(String text) {
        WebSignals s = WebSignals.of(text);
        if (s.frontMatter) return new GenreScore(0.05, "YAML front matter: a static-site post, not a blog page");
        WebSignals.Tally t = new WebSignals.Tally();
        t.add(s.keywordLines > 0, 20, "category/tag lines");
        t.add(s.endOfPost > 0, 15 * Math.min(2, s.endOfPost), "comment/share/follow lines");
        t.add(s.archive > 0, 10, "archive months");
        t.add(s.widgets > 0, 10, "widgets");
        t.add(s.bylines > 0, 10, "byline");
        t.add(s.ownRating > 0, 10, "reviewer's rating");
        t.add(s.headline, 15, "headline");
        t.add(s.headlineSaysFilm, 15, "headline labels a film");
        t.add(s.reviewHeadline, 10, "review headline");
        t.add(s.film, 15, "about a film");
        t.add(s.firstPerson, 5, "first person");
        t.add(s.members > 0 || s.welcome > 0, -20, "group chrome");
        t.add(s.forumMeta > 0, -20, "forum software lines");
        t.add(s.repeatedAuthor, -10, "author name repeated like a forum");
        t.add(s.articleHeading, -60, "wiki article heading");
        t.add(s.wikiMirror, -60, "wiki page (infobox captions or a Wikipedia notice)");
        return t.score();
    }

    @Override
    public ParsedDocument parse(Source source, ErrorHandler errors) {
        return WebPost.parse(NAME, source, errors, (post, ctx) -> { });
    }
}
