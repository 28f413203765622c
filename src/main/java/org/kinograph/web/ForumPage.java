package org.kinograph.web;

import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.Genre;
import org.kinograph.genre.GenreScore;
import org.kinograph.model.ParsedDocument;
import org.kinograph.source.Source;

/**
 * The forum-page genre: a post in a forum thread or on a hosted site's group page. Site chrome in
 * any of several languages is stripped (page edges, member counts, the group's welcome text,
 * download-link spam, SEO titles, forum software lines); the author is the byline or the name the
 * page repeats above the post; the headline names the film; the body's prose gives the film's
 * year, director, stars, source work, box office, third-party ratings, awards and adaptations;
 * "Cast and Characters" blocks give the cast (see {@link CastBlocks}).
 */
public final class ForumPage implements Genre {
    /** The genre's name. */
    public static final String NAME = "forum-page";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GenreScore score(String text) {
        WebSignals s = WebSignals.of(text);
        if (s.frontMatter) return new GenreScore(0.05, "YAML front matter: a static-site post, not a forum page");
        WebSignals.Tally t = new WebSignals.Tally();
        t.add(s.members > 0, 30, "member count");
        t.add(s.welcome > 0, 20, "group welcome text");
        t.add(s.pageEdges > 0, 15, "hosted-page edges");
        t.add(s.siteHeader > 0, 15, "site/group header");
        t.add(s.forumMeta > 0, 35, "forum software lines (quote/reply/joined)");
        t.add(s.repeatedAuthor, 15, "author name repeated above the post");
        t.add(s.timestamps > 0, 30, "post timestamp");
        t.add(s.download > 0, 5, "download spam");
        t.add(s.film, 15, "about a film");
        t.add(s.headline, 5, "headline");
        t.add(s.keywordLines > 0, -15, "blog category/tag lines");
        t.add(s.endOfPost > 0, -15, "blog comment/share lines");
        t.add(s.articleHeading, -60, "wiki article heading");
        t.add(s.wikiMirror, -60, "wiki page (infobox captions or a Wikipedia notice)");
        return t.score();
    }

    @Override
    public ParsedDocument parse(Source source, ErrorHandler errors) {
        return WebPost.parse(NAME, source, errors, (post, ctx) -> new CastBlocks(post, ctx.errors(), ctx.raw()).read(ctx.film()));
    }
}
