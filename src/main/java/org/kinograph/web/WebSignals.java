package org.kinograph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.genre.GenreScore;
import org.kinograph.prose.FilmSentences;

/**
 * What a page shows of the software around it, counted once for both web genres: forum and group
 * chrome, blog chrome, and whether the page is about a film. Each genre weighs them its own way;
 * pages with YAML front matter (static-site posts) and wiki articles are marked so that both can
 * step aside.
 */
final class WebSignals {
    private static final Pattern ARTICLE_HEADING = Pattern.compile("(?m)\\A\\s*=(?!=)[^=\\n]+=\\s*$");
    private static final Pattern FILM_WORD = Pattern.compile("(?i)\\b(?:film|films|movie|movies|cinema|kino|spielfilm"
            + "|película|pelicula|drama|anime|j-movie|k-movie|director|directed)\\b");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|uhr)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile("(?=[Imijy])\\b(?:I|I'm|I’m|I've|my|me|ich|mein|je|j'ai|mon|yo|mi)\\b");
    private static final Pattern REVIEW_WORD = Pattern.compile("(?i)\\b(?:review|kritik|critique|rezension|reseña"
            + "|recensione|recensie)\\b");
    private static final Pattern OWN_RATING = Pattern.compile("(?i)^(?:(?:my|our|[\\p{L}\\d_.-]+['’]s)\\s+)?(?:rating"
            + "|score|verdict|bewertung|note|wertung|puntuación|voto)\\s*:\\s*(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*(?:/|out of|von)"
            + "\\s*(\\d{1,3})\\b");

    private static final Pattern WIKI = Pattern.compile("(?i)(?=[fadr])\\b(?:from wikipedia, the free encyclopedia"
            + "|aus wikipedia, der freien enzyklopädie|de wikipédia, l'encyclopédie libre"
            + "|de wikipedia, la enciclopedia libre|da wikipedia, l'enciclopedia libera|retrieved from\\s+\"?https?://\\S*wiki)");
    private static final Pattern WIKI_CAPTION = Pattern.compile("^(?:directed by|produced by|written by|screenplay by"
            + "|starring|music by|cinematography|edited by|distributed by|release dates?|release date\\(s\\)"
            + "|running time|budget|box office)\\s+\\S.*$", Pattern.CASE_INSENSITIVE);

    int pageEdges;
    int members;
    int welcome;
    int download;
    int siteHeader;
    int forumMeta;
    int timestamps;
    int keywordLines;
    int endOfPost;
    int archive;
    int widgets;
    int bylines;
    int ownRating;
    boolean repeatedAuthor;
    boolean headline;
    boolean headlineSaysFilm;
    boolean reviewHeadline;
    boolean film;
    boolean firstPerson;
    boolean frontMatter;
    boolean articleHeading;
    boolean wikiMirror;

    /** The signals of the last page read on this thread, kept for the other web genre scoring the same text. */
    private static final SamePage<WebSignals> LAST = new SamePage<>();

    /**
     * @return the signals of a page; both web genres score every document, so the signals of the
     *         text last asked for (the same String) are reused rather than read twice
     */
    static WebSignals of(String raw) {
        return LAST.get(raw, WebSignals::read);
    }

    private static WebSignals read(String raw) {
        if (frontMatter(raw)) { // both web genres step aside for a static-site post: no need to read the page
            WebSignals s = new WebSignals();
            s.frontMatter = true;
            return s;
        }
        return of(raw, WebPost.read("web", raw));
    }

    private static WebSignals of(String raw, WebPost post) {
        WebSignals s = new WebSignals();
        s.frontMatter = frontMatter(raw);
        s.articleHeading = ARTICLE_HEADING.matcher(raw).find();
        int captions = 0;
        for (WebPost.Line l : post.lines) {
            String t = l.text();
            if (t.isEmpty() || !Chrome.isShort(t)) continue; // every signal is a short line
            int kinds = post.kinds[l.index()];
            if ((kinds & Chrome.EDGE) != 0) s.pageEdges++;
            if ((kinds & Chrome.MEMBER_COUNT) != 0) s.members++;
            if ((kinds & Chrome.WELCOME_TEXT) != 0) s.welcome++;
            if ((kinds & Chrome.DOWNLOAD_LINK) != 0) s.download++;
            if ((kinds & Chrome.HEADER) != 0) s.siteHeader++;
            if (Chrome.FORUM_MARKER.matcher(t).lookingAt()) s.forumMeta++;
            boolean byline = Chrome.BYLINE.matcher(t).matches();
            int words = WebPost.words(t);
            if (words <= 10 && !byline && TIME.matcher(t).find() && WebPost.isDateLine(t)) s.timestamps++;
            if (WIKI_CAPTION.matcher(t).matches() && !WebPost.isProse(t)) captions++;
            if (Chrome.KEYWORDS.matcher(t).matches()) s.keywordLines++;
            if (Chrome.END_OF_POST.matcher(t).matches()) s.endOfPost++;
            if ((kinds & Chrome.ARCHIVE) != 0) s.archive++;
            if ((kinds & Chrome.WIDGET_LINE) != 0) s.widgets++;
            if (words <= 12 && byline && !WebPost.isProse(t)) s.bylines++;
            if (OWN_RATING.matcher(t).lookingAt()) s.ownRating++;
        }
        s.wikiMirror = captions >= 3 || WIKI.matcher(post.text).find();
        s.repeatedAuthor = post.author != null && !s.frontMatter && repeated(post);
        s.headline = post.headline != null;
        s.headlineSaysFilm = s.headline && Headline.labelsFilm(post.headline.text());
        s.reviewHeadline = s.headline && REVIEW_WORD.matcher(post.headline.text()).find();
        s.film = FILM_WORD.matcher(post.text).find() || FilmSentences.saysIsAFilm(post.text);
        Matcher fp = FIRST_PERSON.matcher(post.text);
        int n = 0;
        while (fp.find() && n < 3) n++;
        s.firstPerson = n >= 3;
        return s;
    }

    /**
     * @return true when the text opens (after white space) with a {@code ---} line and a later
     *         line is {@code ---} again: YAML front matter. Read line by line (a regular expression
     *         repeating a group per line recursed once per line and overflowed the stack).
     */
    static boolean frontMatter(String raw) {
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) i++;
        int end = fence(raw, i);
        if (end < 0 || end == raw.length()) return false;
        for (int line = end; line < raw.length(); ) {
            if (fence(raw, line) >= 0) return true;
            int nl = raw.indexOf('\n', line);
            if (nl < 0) return false;
            line = nl + 1;
        }
        return false;
    }

    /** @return where the line after a {@code ---} line starting at {@code i} begins (or the text's end), else -1. */
    private static int fence(String raw, int i) {
        if (!raw.startsWith("---", i)) return -1;
        int j = i + 3;
        while (j < raw.length() && (raw.charAt(j) == ' ' || raw.charAt(j) == '\t')) j++;
        if (j < raw.length() && raw.charAt(j) == '\r') j++;
        if (j == raw.length()) return j;
        return raw.charAt(j) == '\n' ? j + 1 : -1;
    }

    private static boolean repeated(WebPost post) {
        String a = post.author.text();
        return post.lines.stream().filter(l -> l.text().equals(a)).count() >= 2;
    }

    /** Adds points and the reason to a score. */
    static final class Tally {
        int points;
        final List<String> why = new ArrayList<>();

        void add(boolean when, int p, String reason) {
            if (when) {
                points += p;
                why.add((p >= 0 ? "+" : "") + p + " " + reason);
            }
        }

        GenreScore score() {
            return GenreScore.ofPoints(points, why.isEmpty() ? "nothing of its kind" : String.join(", ", why));
        }
    }

    /** @return the reviewer's own rating line's pattern (value group 1, best group 2). */
    static Pattern ownRating() {
        return OWN_RATING;
    }
}
