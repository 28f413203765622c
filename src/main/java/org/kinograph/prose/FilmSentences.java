package org.kinograph.prose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.SourceWorkEntry;
import org.kinograph.model.Value;
import org.kinograph.text.CapitalRun;

/**
 * Sentence-level facts about a film that any genre's prose states: its year ("is a 2007 Japanese
 * film"), that it is a film at all, and the work it is based on ("based on a cell phone novel of
 * the same name", "based on the novel X by Y").
 */
public final class FilmSentences {
    private static final Pattern YEAR = Pattern.compile("\\b(?:is|was)\\s+an?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(?:18|19|20)\\d{2}\\b");
    private static final Pattern FILM_CLAIM = Pattern.compile(
            "\\b(?:is|was)\\s+an?\\s+[^.\\n]{0,80}?\\b(?:film|movie|motion picture)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASED_ON = Pattern.compile(
            "\\bbased on\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:\\d{4}\\s+)?((?:[a-z][\\p{L}-]*\\s+){0,3}?"
            + "(?:novel|manga|book|story|comic|play|novella|memoir|series|game|anime|musical|light novel|short story|poem))"
            + "(\\s+(?:of|with)\\s+the\\s+same\\s+(?:name|title))?");
    private static final Pattern TITLED = Pattern.compile("\\G\\s*(?:(?:titled|called|entitled)\\s+)?[\"“]?");
    private static final Pattern AUTHOR = Pattern.compile("\\G[\"”]?,?\\s+(?:written\\s+)?by\\s+");

    private FilmSentences() {}

    /** @return the year of "X is a 2007 Japanese film" / "was a 1954 …" in the text, or null. */
    public static Value year(Value text) {
        if (text == null) return null;
        Matcher y = YEAR.matcher(text.text());
        return y.find() ? text.sub(y.start(1), y.end(1)) : null;
    }

    /** @return the first four-digit year of a date as written ("November 3rd 2007" → "2007"), or null. */
    public static Value yearOfDate(Value date) {
        if (date == null) return null;
        Matcher m = ANY_YEAR.matcher(date.text());
        return m.find() ? date.sub(m.start(), m.end()) : null;
    }

    /** @return true when the text says that something is a film ("is a 2007 Japanese film"). */
    public static boolean saysIsAFilm(String text) {
        return FILM_CLAIM.matcher(text).find();
    }

    /**
     * Reads "based on a cell phone novel of the same name" / "based on the novel X by Y".
     *
     * @return the source work (name null for "of/with the same name"), or null when none is stated
     */
    public static SourceWorkEntry basedOn(Value text, String rule, double confidence) {
        if (text == null) return null;
        Matcher m = BASED_ON.matcher(text.text());
        if (!m.find()) return null;
        Value kind = text.sub(m.start(1), m.end(1));
        Value name = null;
        int after = m.end();
        if (m.group(2) == null) {
            Matcher t = TITLED.matcher(text.text());
            if (t.find(after)) {
                name = quotedOrCapital(text, t.end());
                if (name != null) after = name.end() - text.begin();
            }
        }
        Value author = null;
        Matcher a = AUTHOR.matcher(text.text());
        if (a.find(after)) author = CapitalRun.at(text, a.end());
        int end = author != null ? author.end() - text.begin() : name != null ? name.end() - text.begin() : m.end();
        return new SourceWorkEntry(kind, name, author, text.sub(m.start(), end), rule, confidence);
    }

    /** @return the quoted title starting at {@code from} (after an opening quote), or a capitalised run. */
    static Value quotedOrCapital(Value v, int from) {
        if (from > 0 && "\"“".indexOf(v.text().charAt(from - 1)) >= 0) {
            int close = v.text().indexOf(v.text().charAt(from - 1) == '"' ? '"' : '”', from);
            return close < 0 ? null : v.sub(from, close);
        }
        return CapitalRun.at(v, from);
    }
}
