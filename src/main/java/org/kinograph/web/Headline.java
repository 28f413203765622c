package org.kinograph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Value;

/**
 * The film a post's headline names. Headlines are messy ("REVIEW: X (2006)", "X (Japanese Movie)",
 * "X: Subtitle - A Heartbreaking Romance", "X - Kritik", "X [2007 J-Movie]"): review labels, genre
 * labels in brackets and taglines after a dash are dropped, a year in brackets is the film's year,
 * another bracketed text is another title ("X (Sky of Love)"), and "X: Subtitle" gives the title X
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
    private static final Pattern PREFIX = Pattern.compile("^(?:(?:movie|film|drama|anime)\\s+)?(?:review|reviews"
            + "|kritik|filmkritik|critique|rezension|reseña|recensione|recensie)\\s*(?:[:：|–—-]+\\s*|\\s+of\\s+)", I);
    private static final Pattern SUFFIX = Pattern.compile("\\s*[|–—:-]\\s*(?:review|reviews|kritik|filmkritik|critique"
            + "|rezension|reseña|recensione|recensie|trailer|trailers)\\s*$", I);
    private static final Pattern BRACKET = Pattern.compile("\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");
    private static final Pattern LABEL = Pattern.compile("\\b(?:film|movie|drama|anime|series|j-movie|k-movie|j-drama"
            + "|k-drama|c-drama|live[- ]action|animated|animation|documentary|tv|ova|review|kritik|critique"
            + "|spielfilm|película|pelicula)\\b", I);
    private static final Pattern YEAR = Pattern.compile("\\b(?:18|19|20)\\d{2}\\b");
    private static final Pattern TAGLINE = Pattern.compile("\\s+[-–—|]\\s+|\\s*\\|\\s*");
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})[-–—](?=\\p{L})");
    private static final Pattern COLON = Pattern.compile("\\s*[:：]\\s+");

    private Headline() {}

    /** @return true when the headline announces a list of films rather than one. */
    static boolean isList(String headline) {
        return LIST.matcher(headline).find();
    }

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
        Value year = null;
        List<Value> alternates = new ArrayList<>();
        boolean saysFilm = false;
        for (int k = 0; k < 2 && v != null; k++) {
            Matcher b = BRACKET.matcher(v.text());
            if (!b.find() || b.start() == 0) break;
            Value inner = v.sub(b.start(1), b.end(1));
            if (inner != null) {
                Matcher y = YEAR.matcher(inner.text());
                boolean label = LABEL.matcher(inner.text()).find();
                if (y.find()) year = inner.sub(y.start(), y.end());
                if (year != null || label) saysFilm = true;
                else alternates.add(inner);
            }
            v = v.sub(0, b.start());
        }
        if (v == null) return null;
        Value chosen = choose(v, body, saysFilm);
        if (chosen == null) return null;
        Matcher c = COLON.matcher(chosen.text());
        if (c.find() && c.start() > 0) {
            Value subtitle = chosen.sub(c.end());
            Value main = chosen.sub(0, c.start());
            if (main != null && subtitle != null) {
                alternates.add(0, subtitle);
                chosen = main;
            }
        }
        return chosen.text().chars().anyMatch(Character::isLetter) ? new Title(chosen, alternates, year) : null;
    }

    /** The whole headline, or the part before a tagline or a joining hyphen, whichever the post uses. */
    private static Value choose(Value v, String body, boolean saysFilm) {
        List<Value> candidates = new ArrayList<>();
        candidates.add(v);
        Matcher t = TAGLINE.matcher(v.text());
        if (t.find() && t.start() > 0) candidates.add(v.sub(0, t.start()));
        Matcher h = HYPHEN.matcher(v.text());
        if (h.find()) candidates.add(v.sub(0, h.start()));
        String lower = body.toLowerCase(Locale.ROOT);
        for (Value c : candidates) {
            if (c != null && lower.contains(c.text().toLowerCase(Locale.ROOT))) return c;
        }
        if (!saysFilm) return null;
        return candidates.size() > 1 && candidates.get(1) != null ? candidates.get(1) : v;
    }
}
