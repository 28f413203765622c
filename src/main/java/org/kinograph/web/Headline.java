package org.kinograph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Value;
import org.kinograph.prose.FilmSentences;

/**
 * The film a post's headline names. Headlines are messy ("REVIEW: X (2006)", "X (Korean Movie)",
 * "X: Subtitle - A Heartbreaking Romance", "X - Kritik", "X [2007 J-Movie]"): review labels, genre
 * labels in brackets and taglines after a dash are dropped, a year in brackets is the film's year,
 * another bracketed text is another title ("X (Autumn Song)"), and "X: Subtitle" gives the title X
 * with the subtitle as another title. A candidate counts only when the post's text uses it too, or
 * when the headline itself says it is a film (a year or a film label in brackets).
 */
final class Headline {
    /** What the headline says: the title, other titles and the year (each may be absent but the title). */
    record Title(Value title, List<Value> alternates, Value year) {}

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final Pattern LIST = Pattern.compile("\\b(?:top|best)\\s+\\d+\\b|\\b\\d+\\s+(?:[\\p{L}-]+\\s+){0,3}"
            + "(?:films|movies|dramas|animes|filme|películas)\\b|\\b(?:films|movies|filme|películas)\\s+"
            + "(?:to|for|of|that|you|i|we|zum|für|pour|à|para|de)\\b|\\b(?:my|our|meine|mes|mis)\\s+(?:favou?rite\\s+|top\\s+"
            + "|lieblings)?(?:films|movies|filme)\\b", I);
    private static final Pattern PREFIX = Pattern.compile("^(?:(?:re|aw|antw|rép|rv)\\s*:\\s*)?(?:(?:(?:movie|film"
            + "|drama|anime)\\s+)?(?:review|reviews|kritik|filmkritik|critique|rezension|reseña|recensione|recensie)"
            + "\\s*(?:[:：|–—-]+\\s*|\\s+of\\s+))?", I);
    private static final Pattern SUFFIX = Pattern.compile("\\s*[|–—:-]\\s*(?:review|reviews|kritik|filmkritik|critique"
            + "|rezension|reseña|recensione|recensie|trailer|trailers)\\s*$", I);
    private static final Pattern BRACKET = Pattern.compile("\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");
    private static final Pattern LABEL = Pattern.compile("\\b(?:film|movie|drama|anime|series|j-movie|k-movie|j-drama"
            + "|k-drama|c-drama|live[- ]action|animated|animation|documentary|tv|ova|review|kritik|critique"
            + "|spielfilm|película|pelicula)\\b", I);
    private static final Pattern TAGLINE = Pattern.compile("\\s+[-–—|]\\s+|\\s*\\|\\s*");
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})[-–—](?=\\p{L})");
    private static final Pattern COLON = Pattern.compile("\\s*[:：]\\s+");

    private Headline() {}

    /** @return true when the headline's trailing bracket says it names a film (a year or a film label). */
    static boolean labelsFilm(String headline) {
        return brackets(new Value(headline, 0, headline.length())).saysFilm();
    }

    /** @return true when the headline announces a list of films rather than one. */
    static boolean isList(String headline) {
        return LIST.matcher(headline).find();
    }

    /** A candidate title with what its trailing brackets said. */
    private record Candidate(Value title, List<Value> alternates, Value year, boolean saysFilm) {}

    /**
     * @param headline the headline (view coordinates)
     * @param body     the post's text, to check that a candidate title is used there
     * @return the film it names, or null when it names none the post talks about
     */
    static Title read(Value headline, String body) {
        Value v = headline;
        Matcher p = PREFIX.matcher(v.text());
        if (p.find()) v = v.sub(p.end());
        if (v == null) return null;
        Matcher s = SUFFIX.matcher(v.text());
        if (s.find()) v = v.sub(0, s.start());
        if (v == null) return null;
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(brackets(v));
        Matcher t = TAGLINE.matcher(v.text());
        if (t.find() && t.start() > 0) candidates.add(brackets(v.sub(0, t.start())));
        Matcher h = HYPHEN.matcher(v.text());
        if (h.find()) candidates.add(brackets(v.sub(0, h.start())));
        candidates.removeIf(c -> c.title() == null);
        String lower = body.toLowerCase(Locale.ROOT);
        for (Candidate c : candidates) {
            if (used(c.title(), lower)) return colon(c, true);
        }
        // "Title: Subtitle" whose title alone is what the post uses: the subtitle is headline text only.
        for (Candidate c : candidates) {
            Matcher col = COLON.matcher(c.title().text());
            if (col.find() && col.start() > 0) {
                Value main = c.title().sub(0, col.start());
                if (main != null && used(main, lower)) {
                    return new Title(main, c.alternates(), c.year());
                }
            }
        }
        for (Candidate c : candidates) {
            if (c.saysFilm()) return colon(c, true);
        }
        return null;
    }

    private static boolean used(Value title, String lowerBody) {
        return title.text().chars().anyMatch(Character::isLetter)
                && lowerBody.contains(title.text().toLowerCase(Locale.ROOT));
    }

    /** "Title: Subtitle" as the post uses it: the title, with the subtitle as another title. */
    private static Title colon(Candidate c, boolean subtitleIsTitle) {
        List<Value> alternates = new ArrayList<>(c.alternates());
        Value title = c.title();
        Matcher col = COLON.matcher(title.text());
        if (col.find() && col.start() > 0) {
            Value subtitle = title.sub(col.end());
            Value main = title.sub(0, col.start());
            if (main != null && subtitle != null) {
                if (subtitleIsTitle) alternates.add(0, subtitle);
                title = main;
            }
        }
        return title.text().chars().anyMatch(Character::isLetter) ? new Title(title, alternates, c.year()) : null;
    }

    /** Takes up to two trailing bracket groups off: a year, a film label, or another title. */
    private static Candidate brackets(Value v) {
        Value year = null;
        List<Value> alternates = new ArrayList<>();
        boolean saysFilm = false;
        for (int k = 0; k < 2 && v != null; k++) {
            Matcher b = BRACKET.matcher(v.text());
            if (!b.find() || b.start() == 0) break;
            Value inner = v.sub(b.start(1), b.end(1));
            if (inner != null) {
                boolean label = LABEL.matcher(inner.text()).find();
                Value y = FilmSentences.yearOfDate(inner);
                if (y != null) year = y;
                if (year != null || label) saysFilm = true;
                else alternates.add(inner);
            }
            v = v.sub(0, b.start());
        }
        return new Candidate(v, alternates, year, saysFilm);
    }
}
