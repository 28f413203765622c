package org.kinograph.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.AdaptationEntry;
import org.kinograph.model.CastEntry;
import org.kinograph.model.SourceWorkEntry;
import org.kinograph.model.Value;
import org.kinograph.text.Anchored;
import org.kinograph.text.CapitalRun;

/**
 * Sentence-level facts about a film that any genre's prose states: its year ("is a 2007 Japanese
 * film"), that it is a film at all, the work it is based on ("based on a manga of the
 * same name", "based on the novel X by Y", "the full title of the book: “X”, which means “Y”"),
 * its director ("directed by X"), its stars ("stars A and B as C and D"), casting sentences ("Aki
 * is played by X", "X, who plays Y,") and works made from it ("adapted into a TV drama series in
 * 2008"). Actors and characters are paired only where the sentence pairs them.
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

    private static final Pattern DIRECTED_BY = Pattern.compile("(?i)\\bdirected\\s+by\\s+");
    private static final Pattern STARS = Pattern.compile("(?i)\\b(?:stars|starring|starred|co-stars|co-starring)\\s+");
    private static final Pattern AS = Pattern.compile("\\G\\s+as\\s+");
    private static final Pattern PLAYED_BY = Pattern.compile(
            "\\b(?:is|was|are|were)\\s+(?:played|portrayed|voiced)\\s+by\\s+");
    private static final Pattern PLAYS = Pattern.compile(
            "(?:,\\s*who\\s+|\\s+)(?:plays|played|portrays|portrayed|voices|voiced)\\s+(?:the\\s+(?:role|part)\\s+of\\s+)?");
    /** What both casting patterns' verbs contain: a sentence with none of these is not searched. */
    private static final List<String> CASTING_VERB_STEMS = List.of("play", "portray", "voice");
    private static final Pattern BEFORE_SUBJECT = Pattern.compile("[\\s,–—-]*$");
    private static final Set<String> NOT_NAMES = Set.of("He", "She", "It", "They", "This", "That", "Her", "His",
            "The", "A", "An", "Who", "Which", "Here", "There", "Everyone", "Nobody", "I", "We", "You");
    private static final Pattern FULL_TITLE = Pattern.compile(
            "(?i)(?=[focwj])\\b(?:full|original|complete|whole|japanese)\\s+title\\s+of\\s+the\\s+"
            + "(book|novel|manga|story|comic|novella|light novel|short story|play)\\b[^“\"\\n]{0,12}[“\"]([^”\"\\n]+)[”\"]");
    private static final Pattern MEANS = Pattern.compile(
            "(?i)\\G[^“\"\\n]{0,30}?\\b(?:means|meaning|translates\\s+(?:to|as)|translated\\s+(?:to|as)|in English)"
            + "[^“\"\\n]{0,12}[“\"]([^”\"\\n]+)[”\"]");
    private static final Pattern ADAPTED = Pattern.compile(
            "(?i)(?=[amtr])\\b(?:(?:adapted|made|turned)\\s+into|remade\\s+as)\\s+(?:an?\\s+)?((?:[\\p{L}-]+\\s+){0,3}"
            + "(?:series|serial|drama|manga|anime|musical|stage play|play|novel|video game|game|show))\\b"
            + "(?:[^.\\n]{0,40}?\\b(?:in|from)\\s+((?:19|20)\\d{2})\\b)?");

    private FilmSentences() {}

    /** @return the people named after "directed by" ("directed by A and B"), each with its span. */
    public static List<Value> directors(Value text) {
        List<Value> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = DIRECTED_BY.matcher(text.text());
        while (m.find()) {
            Names.List list = Names.list(text, m.end());
            if (list != null) out.addAll(list.names());
        }
        return out;
    }

    /**
     * Reads "stars A and B as C and D" (pairs in order when both lists have the same length),
     * "starring A as C, B as D" and "starring A, B and C" (actors only).
     */
    public static List<CastEntry> stars(Value text, String rule, double confidence) {
        List<CastEntry> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = STARS.matcher(text.text());
        while (m.find()) {
            readStars(text, m.end(), rule, confidence, out);
        }
        return out;
    }

    private static void readStars(Value text, int from, String rule, double confidence, List<CastEntry> out) {
        List<Value> pending = new ArrayList<>();
        int pos = from;
        while (true) {
            Value actor = Names.name(text, pos);
            if (actor == null) break;
            pos = actor.end() - text.begin();
            Matcher as = Anchored.at(AS, text.text(), pos);
            if (as != null) {
                Names.List characters = Names.list(text, as.end());
                if (characters == null) break;
                if (!pending.isEmpty()) {
                    // "A and B as C and D": two lists, paired only when they have the same length.
                    pending.add(actor);
                    boolean pair = characters.names().size() == pending.size();
                    for (int i = 0; i < pending.size(); i++) {
                        out.add(new CastEntry(pending.get(i), pair ? characters.names().get(i) : null, rule, confidence));
                    }
                    return;
                }
                // "A as C, B as D": one pair at a time.
                Value character = characters.names().get(0);
                out.add(new CastEntry(actor, character, rule, confidence));
                pos = character.end() - text.begin();
            } else {
                pending.add(actor);
            }
            int next = Names.separatorEnd(text, pos);
            if (next < 0) break;
            pos = next;
        }
        for (Value a : pending) out.add(new CastEntry(a, null, rule, confidence));
    }

    /**
     * Reads casting sentences: "The quiet neighbour – Aki – is played by X" (character, actor; the
     * character only when a name stands right before the verb), "X, who plays Y," and "X plays Y"
     * (only when both are names and X has at least two words, so "Aki plays the piano" says
     * nothing).
     */
    public static List<CastEntry> casting(Value text, String rule, double confidence) {
        List<CastEntry> out = new ArrayList<>();
        if (text == null || CASTING_VERB_STEMS.stream().noneMatch(text.text()::contains)) return out;
        Matcher m = PLAYED_BY.matcher(text.text());
        while (m.find()) {
            Value actor = Names.name(text, m.end());
            if (actor == null) continue;
            out.add(new CastEntry(actor, nameEndingAt(text, m.start()), rule, confidence));
        }
        Matcher p = PLAYS.matcher(text.text());
        while (p.find()) {
            Value actor = nameEndingAt(text, p.start());
            Value character = Names.name(text, p.end());
            if (actor == null || character == null || !actor.text().contains(" ")) continue;
            out.add(new CastEntry(actor, character, rule, confidence));
        }
        return out;
    }

    /** @return the name that ends right before {@code end} (relative), dashes and commas aside, or null. */
    private static Value nameEndingAt(Value text, int end) {
        String before = text.text().substring(0, end);
        Matcher gap = BEFORE_SUBJECT.matcher(before);
        int stop = gap.find() ? gap.start() : end;
        Value last = null;
        for (Value n : Names.all(text, 0, stop)) last = n;
        if (last == null || last.end() - text.begin() != stop || NOT_NAMES.contains(last.text())) return null;
        return last;
    }

    /**
     * Reads "the full title of the book: “X”… which means… “Y”": the source work's title and its
     * translation, for a work the text already says the film is based on (or a new entry when it
     * did not).
     *
     * @param basedOn what {@link #basedOn} found in the same text, or null
     * @return the work with its full title, {@code basedOn} unchanged when no title is given
     */
    public static SourceWorkEntry fullTitle(Value text, SourceWorkEntry basedOn, String rule, double confidence) {
        if (text == null) return basedOn;
        Matcher m = FULL_TITLE.matcher(text.text());
        if (!m.find()) return basedOn;
        Value title = text.sub(m.start(2), m.end(2));
        Matcher t = Anchored.at(MEANS, text.text(), m.end());
        Value translation = t != null ? text.sub(t.start(1), t.end(1)) : null;
        if (basedOn != null) return basedOn.titled(title, translation);
        return new SourceWorkEntry(text.sub(m.start(1), m.end(1)), title, translation, null,
                text.sub(m.start(), translation != null ? t.end() : m.end()), rule, confidence);
    }

    /** @return works the text says were made from the film ("adapted into an anime series in 2004"). */
    public static List<AdaptationEntry> adaptations(Value text, String rule, double confidence) {
        List<AdaptationEntry> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = ADAPTED.matcher(text.text());
        while (m.find()) {
            Value year = m.group(2) == null ? null : text.sub(m.start(2), m.end(2));
            out.add(new AdaptationEntry(text.sub(m.start(1), m.end(1)), year, text.sub(m.start(), m.end()), rule,
                    confidence));
        }
        return out;
    }

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
     * Reads "based on a manga of the same name" / "based on the novel X by Y".
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
            Matcher t = Anchored.at(TITLED, text.text(), after);
            if (t != null) {
                name = quotedOrCapital(text, t.end());
                if (name != null) after = name.end() - text.begin();
            }
        }
        Value author = null;
        Matcher a = Anchored.at(AUTHOR, text.text(), after);
        if (a != null) author = CapitalRun.at(text, a.end());
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
