package org.kinograph.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.function.BiConsumer;

import org.kinograph.genre.DocumentErrors;
import org.kinograph.genre.ErrorHandler;
import org.kinograph.model.AccoladeEntry;
import org.kinograph.model.CastEntry;
import org.kinograph.model.Fact;
import org.kinograph.model.Field;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.ParsedDocument;
import org.kinograph.model.RatingEntry;
import org.kinograph.model.ReviewRecord;
import org.kinograph.model.SourceWorkEntry;
import org.kinograph.model.Value;
import org.kinograph.prose.AwardClaims;
import org.kinograph.prose.BoxOffice;
import org.kinograph.prose.FilmSentences;
import org.kinograph.prose.LabelledFacts;
import org.kinograph.prose.Names;
import org.kinograph.prose.Ratings;
import org.kinograph.source.Source;
import org.kinograph.text.Dates;
import org.kinograph.text.LanguageGuess;
import org.kinograph.text.MarkupText;
import org.kinograph.text.Sentences;

/**
 * One web post read the way both web genres read it: the decoded view of the page (markup removed,
 * entities decoded, every character mapped to its raw span), its lines sorted into site chrome,
 * header (author, date, headline), body and what follows the post (tags, comments, widgets); the
 * film its headline names; and what its prose says about that film. Values are found in the view
 * and moved to raw spans when the records are built.
 */
final class WebPost {
    /** A line of the view: its trimmed span and text. */
    record Line(int index, int begin, int end, String text) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    /** A paragraph of the body: consecutive lines, and how many blank lines stood before it. */
    record Para(int first, int last, Value value, int blanksBefore) {}

    private static final Pattern LABELLED = Pattern.compile("^([\\p{L}][\\p{L} ()/.'’-]{0,28}?)\\s*:\\s*(.*)$");
    private static final Pattern TITLE_LABEL = Pattern.compile("(?i)^(?:drama|movie|film|title|titel|titre|título"
            + "|titolo|j-drama|j-movie|k-drama|k-movie)$");
    private static final Pattern OTHER_TITLE_LABEL = Pattern.compile("(?i)^(?:original title|english title"
            + "|also known as|aka|originaltitel|titre original|título original|titolo originale|romaji|japanese title)$");
    private static final Pattern YEAR_LABEL = Pattern.compile("(?i)^(?:year|jahr|année|año|anno|production year)$");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern KEYWORD_SPLIT = Pattern.compile("\\s*(?:,|;|\\||·|•)\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]['\"’”)]*$");
    /** A reply's subject line ("Re: Title (2009) - a long verdict"): a header line however many words it has. */
    private static final Pattern REPLY_SUBJECT = Pattern.compile("^(?:re|aw|antw|rép|res)\\s*:\\s*\\S",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\d_.-]{2,30}");

    final String genre;
    final MarkupText markup;
    final String text;
    final List<Line> lines = new ArrayList<>();
    /** What kinds of chrome each line is by its phrase ({@link Chrome#kinds}), as read. */
    final int[] kinds;
    /** Which lines are chrome: by phrase, and then by the place they stand in (bylines, dates…). */
    final boolean[] chrome;
    Value headline;
    Value author;
    Value date;
    final List<Value> keywords = new ArrayList<>();
    final List<Para> body = new ArrayList<>();
    /** The header lines left after author, date and chrome; the headline is among them. */
    private List<Value> headlines = List.of();
    /** Why {@link #film()} found no film, or null. */
    String noFilmReason;

    /**
     * The structure last read on this thread: both web genres score every document (through
     * {@link WebSignals}) and the winner parses it, so the page's structure, which does not depend
     * on the genre, is read once per document.
     */
    private static final SamePage<WebPost> LAST = new SamePage<>();

    private WebPost(String genre, String raw) {
        this.genre = genre;
        this.markup = MarkupText.of(raw, 0, raw.length());
        this.text = markup.text();
        int b = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int s = b;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                lines.add(new Line(lines.size(), s, e, text.substring(s, e)));
                b = i + 1;
            }
        }
        kinds = new int[lines.size()];
        chrome = new boolean[lines.size()];
        for (Line l : lines) {
            kinds[l.index()] = Chrome.kinds(l.text());
            chrome[l.index()] = kinds[l.index()] != 0;
        }
    }

    /** A copy of a read page for a genre (its own lists: what a genre's reading adds stays its own). */
    private WebPost(WebPost read, String genre) {
        this.genre = genre;
        this.markup = read.markup;
        this.text = read.text;
        this.lines.addAll(read.lines);
        this.kinds = read.kinds;
        this.chrome = read.chrome.clone();
        this.headline = read.headline;
        this.author = read.author;
        this.date = read.date;
        this.keywords.addAll(read.keywords);
        this.body.addAll(read.body);
        this.headlines = read.headlines;
        this.noFilmReason = read.noFilmReason;
    }

    /** Reads the structure of a page: header, body, keywords (once per page and thread, see {@link #LAST}). */
    static WebPost read(String genre, String raw) {
        return new WebPost(LAST.get(raw, page -> {
            WebPost p = new WebPost("web", page);
            p.structure();
            return p;
        }), genre);
    }

    /** @return true for a line of running prose (a sentence, not a headline or a label). */
    static boolean isProse(String line) {
        int words = words(line);
        return words >= 14 || words >= 5 && SENTENCE_END.matcher(line).find();
    }

    static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean letter = Character.isLetter(c); // what \p{L} matches
            if (letter && !inWord) n++;
            inWord = letter;
            i += Character.charCount(c);
        }
        return n;
    }

    private void structure() {
        int first = -1;
        for (Line l : lines) {
            if (!l.blank() && !chrome[l.index()] && isProse(l.text()) && !REPLY_SUBJECT.matcher(l.text()).find()) {
                first = l.index();
                break;
            }
        }
        if (first < 0) return;
        readHeader(first);
        int end = lines.size();
        for (int i = first + 1; i < lines.size(); i++) {
            if (!lines.get(i).blank() && Chrome.endsPost(lines.get(i).text())) {
                end = i;
                break;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher k = Chrome.KEYWORDS.matcher(lines.get(i).text());
            if (!lines.get(i).blank() && k.matches()) {
                keywords(lines.get(i), k);
                chrome[i] = true;
            }
        }
        readBody(first, end);
    }

    private void readHeader(int first) {
        List<Line> header = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            Line l = lines.get(i);
            if (!l.blank() && !chrome[i]) header.add(l);
        }
        List<Line> rest = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Line l = header.get(i);
            if (byline(l)) continue;
            if (isRepeated(l, header) && author == null && i + 1 < header.size()
                    && header.get(i + 1).text().equals(l.text())) {
                author = value(l.begin(), l.end());
                i++;
                continue;
            }
            if (date == null && isDateLine(l.text())) {
                date = value(l.begin(), l.end());
                continue;
            }
            rest.add(l);
        }
        headlines = rest.stream().map(l -> value(l.begin(), l.end())).toList();
        if (!rest.isEmpty()) headline = headlines.get(0);
    }


    private static boolean isRepeated(Line l, List<Line> header) {
        return words(l.text()) <= 4 && l.text().chars().noneMatch(Character::isDigit)
                && header.stream().filter(h -> h.text().equals(l.text())).count() >= 2;
    }

    /** "By X", "Posted by X on DATE", "Posted on DATE by X": sets the author (and date); @return true when the line was one. */
    private boolean byline(Line l) {
        if (words(l.text()) > 12) return false;
        Matcher on = Chrome.POSTED_ON.matcher(l.text());
        if (on.matches() && Dates.first(on.group(1)) != null) {
            String who = on.group(2).trim();
            if (author == null && person(who, true)) {
                author = value(l.begin() + on.start(2), l.begin() + on.start(2) + who.length());
            }
            if (date == null) date = value(l.begin() + on.start(1), l.begin() + on.end(1));
            return true;
        }
        Matcher m = Chrome.BYLINE.matcher(l.text());
        if (!m.matches()) return false;
        String who = m.group(1).trim();
        if (!person(who, m.group(2) != null)) return false;
        if (author == null) author = value(l.begin() + m.start(1), l.begin() + m.start(1) + who.length());
        if (m.group(2) != null && date == null && Dates.first(m.group(2)) != null) {
            date = value(l.begin() + m.start(2), l.begin() + m.end(2));
        }
        return true;
    }

    /** A person's name, or a user name (lower-case user names only when a date follows them). */
    private static boolean person(String who, boolean dated) {
        return Names.looksLikePerson(who) || USERNAME.matcher(who).matches()
                && (dated || !who.equals(who.toLowerCase(Locale.ROOT)));
    }

    static boolean isDateLine(String line) {
        Dates.Found d = Dates.first(line);
        if (d == null) return false;
        String rest = line.substring(0, d.begin()) + " " + line.substring(d.end());
        return words(rest.replaceAll("(?i)\\b(?:am|pm|um|uhr|at|on|le|el|posted|am|cst|est|edt|pst|pdt|utc|gmt|cet|jst)\\b", ""))
                <= 3;
    }

    private void keywords(Line l, Matcher k) {
        int g = k.group(1) != null ? 1 : 2;
        int from = l.begin() + k.start(g);
        int to = l.begin() + k.end(g);
        Matcher sep = KEYWORD_SPLIT.matcher(text).region(from, to);
        int start = from;
        while (sep.find()) {
            addKeyword(start, sep.start());
            start = sep.end();
        }
        addKeyword(start, to);
    }

    private void addKeyword(int from, int to) {
        Value v = value(from, to);
        if (v != null && v.text().chars().anyMatch(Character::isLetterOrDigit)) keywords.add(v);
    }

    private void readBody(int first, int end) {
        int blanks = 0;
        int paraStart = -1;
        int paraBlanks = 0;
        for (int i = first; i <= end; i++) {
            boolean stop = i == end;
            Line l = stop ? null : lines.get(i);
            if (!stop && !l.blank() && !chrome[i] && author == null && byline(l)) {
                chrome[i] = true;
            }
            if (!stop && !l.blank() && !chrome[i] && date == null && body.isEmpty() && paraStart < 0
                    && words(l.text()) <= 6 && isDateLine(l.text())) {
                date = value(l.begin(), l.end());
                chrome[i] = true;
            }
            boolean content = !stop && !l.blank() && !chrome[i];
            if (content && paraStart < 0) {
                paraStart = i;
                paraBlanks = blanks;
            }
            if (!content && paraStart >= 0) {
                int last = i - 1;
                while (lines.get(last).blank() || chrome[last]) last--;
                body.add(new Para(paraStart, last, paragraph(paraStart, last), paraBlanks));
                paraStart = -1;
                blanks = 0;
            }
            if (!stop && l.blank()) blanks++;
            if (!stop && chrome[i]) blanks = 0;
        }
    }

    /** The text of lines {@code [first, last]} without chrome lines, one line per line. */
    private Value paragraph(int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (chrome[i] || lines.get(i).blank()) continue;
            if (b.length() > 0) b.append('\n');
            b.append(lines.get(i).text().replaceAll("[ \\t\\u00A0]+", " "));
        }
        return new Value(b.toString(), lines.get(first).begin(), lines.get(last).end());
    }

    /** @return the body as one value: paragraphs separated by a blank line; null when there is none. */
    Value bodyValue() {
        if (body.isEmpty()) return null;
        StringBuilder b = new StringBuilder();
        for (Para p : body) {
            if (b.length() > 0) b.append("\n\n");
            b.append(p.value().text());
        }
        return new Value(b.toString(), body.get(0).value().begin(), body.get(body.size() - 1).value().end());
    }

    /** @return the body's sentences (view coordinates), paragraph by paragraph. */
    List<Value> sentences() {
        List<Value> out = new ArrayList<>();
        for (Para p : body) {
            for (int i = p.first(); i <= p.last(); i++) {
                Line l = lines.get(i);
                if (!l.blank() && !chrome[i]) out.addAll(Sentences.split(text, l.begin(), l.end()));
            }
        }
        return out;
    }

    /** @return {@code text[from, to)} trimmed (view coordinates), or null. */
    Value value(int from, int to) {
        return Value.of(text, from, to);
    }

    /**
     * Reads the film the headline names and what the post says about it.
     *
     * @return the film (view coordinates), or null with {@link #noFilmReason} set
     */
    FilmRecord film() {
        if (body.isEmpty()) {
            noFilmReason = "no post text (no paragraph of prose outside the site chrome)";
            return null;
        }
        if (headline == null) {
            noFilmReason = "no headline naming a film (the post starts with its text)";
            return null;
        }
        Value bodyText = bodyValue();
        Headline.Title t = null;
        for (int i = 0; i < headlines.size(); i++) {
            Value h = headlines.get(i);
            // A later header line (after a site name) counts only when its bracket says it is a film:
            // captions and standfirsts below a headline name people and things too.
            if (i > 0 && !Headline.labelsFilm(h.text())) continue;
            if (Headline.isList(h.text())) {
                noFilmReason = "the headline \"" + h.text() + "\" announces a list of films, not one film";
                return null;
            }
            t = Headline.read(h, bodyText.text());
            if (t != null) {
                headline = h;
                break;
            }
        }
        if (t == null) {
            noFilmReason = "the headline \"" + headline.text() + "\" names no film that the post talks about";
            return null;
        }
        FilmRecord film = new FilmRecord(t.title(), genre + "/headline-title", 0.8);
        for (Value alt : t.alternates()) film.add(Field.ALTERNATE_NAME, alt, genre + "/headline-other-title", 0.6);
        if (t.year() != null) film.yearIfAbsent(t.year());
        readProse(film);
        film.facts(Field.RELEASE_DATE).stream().findFirst()
                .ifPresent(d -> film.yearIfAbsent(FilmSentences.yearOfDate(d.value())));
        return film;
    }

    /** What the body's prose and labelled lines say about the film. */
    private void readProse(FilmRecord film) {
        LabelledFacts labelled = new LabelledFacts(genre + "/labelled-line", 0.85);
        for (Para p : body) {
            for (int i = p.first(); i <= p.last(); i++) {
                if (!lines.get(i).blank() && !chrome[i]) labelledLine(lines.get(i), labelled, film);
            }
        }
        List<Value> sentences = sentences();
        Set<String> directors = new LinkedHashSet<>();
        for (Value s : sentences) {
            if (film.year() == null) {
                Value y = FilmSentences.year(s);
                if (y != null && mentions(s, film)) film.yearIfAbsent(y);
            }
            for (Value d : FilmSentences.directors(s)) {
                if (directors.add(d.text())) film.add(Field.DIRECTOR, d, genre + "/directed-by", 0.75);
            }
            film.cast().addAll(FilmSentences.stars(s, genre + "/stars", 0.7));
            film.cast().addAll(FilmSentences.casting(s, genre + "/casting-sentence", 0.7));
            film.ratings().addAll(Ratings.read(s, genre + "/rating", 0.8));
            film.adaptations().addAll(FilmSentences.adaptations(s, genre + "/adaptation", 0.6));
        }
        Value whole = bodyValue();
        SourceWorkEntry work = null;
        for (Value s : sentences) {
            work = FilmSentences.basedOn(s, genre + "/based-on", 0.7);
            if (work != null) break;
        }
        work = FilmSentences.fullTitle(whole, work, genre + "/full-title", 0.7);
        if (work != null) film.sourceWorks().add(work);
        if (film.facts(Field.BOX_OFFICE).isEmpty()) film.add(Field.BOX_OFFICE, BoxOffice.best(sentences), genre + "/gross-sentence", 0.7);
    }

    /** Award claims, read once the cast is known (a recipient written by surname is resolved to it). */
    void readAwards(FilmRecord film) {
        Set<String> people = people(film);
        for (Value s : sentences()) {
            List<AccoladeEntry> claims = AwardClaims.read(s, n -> Names.resolve(n, people), genre + "/award-claim", 0.65);
            film.accolades().addAll(claims);
        }
    }

    /** @return the full names of the people the record knows (cast, crew). */
    static Set<String> people(FilmRecord film) {
        Set<String> out = new LinkedHashSet<>();
        for (CastEntry c : film.cast()) if (c.actor() != null) out.add(c.actor().text());
        for (Fact f : film.facts()) {
            switch (f.field()) {
                case DIRECTOR, PRODUCER, WRITER, ACTOR, MUSIC, CINEMATOGRAPHER, EDITOR -> out.add(f.value().text());
                default -> { }
            }
        }
        return out;
    }

    /** @return true when a sentence names the film (its title), so "X is a 2007 film" is about it. */
    private static boolean mentions(Value sentence, FilmRecord film) {
        String s = sentence.text().toLowerCase(Locale.ROOT);
        return s.contains(film.title().text().toLowerCase(Locale.ROOT)) || s.startsWith("it ")
                || s.startsWith("the film") || s.startsWith("the movie") || s.startsWith("this film")
                || s.startsWith("this movie");
    }

    private void labelledLine(Line l, LabelledFacts labelled, FilmRecord film) {
        Matcher m = LABELLED.matcher(l.text());
        if (!m.matches()) return;
        Value key = value(l.begin() + m.start(1), l.begin() + m.end(1));
        Value val = value(l.begin() + m.start(2), l.begin() + m.end(2));
        if (key == null || val == null) return;
        String k = key.text();
        if (TITLE_LABEL.matcher(k).matches()) {
            Matcher p = TRAILING_PAREN.matcher(val.text());
            Value main = p.find() ? val.sub(0, p.start()) : val;
            Value other = p.find(0) ? val.sub(p.start(1), p.end(1)) : null;
            if (main != null && main.text().equalsIgnoreCase(film.title().text()) && other != null) {
                film.add(Field.ALTERNATE_NAME, other, genre + "/title-label", 0.7);
            }
        } else if (OTHER_TITLE_LABEL.matcher(k).matches()) {
            if (!val.text().equalsIgnoreCase(film.title().text())) {
                film.add(Field.ALTERNATE_NAME, val, genre + "/title-label", 0.8);
            }
        } else if (YEAR_LABEL.matcher(k).matches()) {
            Value y = FilmSentences.yearOfDate(val);
            if (y != null) film.yearIfAbsent(y);
        } else {
            labelled.read(key, val, film);
        }
    }

    /** Drops cast entries that another entry of the same document says better (see {@link #mergeCast}). */
    static void mergeCast(FilmRecord film) {
        List<CastEntry> cast = film.cast();
        List<CastEntry> keep = new ArrayList<>();
        for (CastEntry c : cast) {
            if (cast.stream().noneMatch(o -> o != c && better(o, c)) && keep.stream().noneMatch(k -> same(k, c))) {
                keep.add(c);
            }
        }
        cast.clear();
        cast.addAll(keep);
    }

    /** @return true when {@code o} says what {@code c} says and more (a fuller character, an actor). */
    private static boolean better(CastEntry o, CastEntry c) {
        if (c.actor() != null) {
            if (o.actor() == null || !eq(o.actor(), c.actor())) return false;
            if (o.character() == null) return false;
            return c.character() == null || extends_(o.character(), c.character());
        }
        return o.character() != null && (eq(o.character(), c.character()) || extends_(o.character(), c.character()));
    }

    private static boolean same(CastEntry a, CastEntry b) {
        return eq(a.actor(), b.actor()) && eq(a.character(), b.character());
    }

    private static boolean eq(Value a, Value b) {
        return a == null ? b == null : b != null && a.text().equalsIgnoreCase(b.text());
    }

    /** "Aki Ota" extends "Aki"; "Kazuo Ota" extends "Ota". */
    private static boolean extends_(Value longer, Value shorter) {
        String l = " " + longer.text().toLowerCase(Locale.ROOT) + " ";
        String s = shorter.text().toLowerCase(Locale.ROOT);
        return l.length() - 2 > s.length() && l.contains(" " + s + " ");
    }

    /** The reviewer's own score ("My rating: 8/10", "Name's rating: 8.5/10"), or null. */
    RatingEntry ownRating() {
        for (Para p : body) {
            for (int i = p.first(); i <= p.last(); i++) {
                Line l = lines.get(i);
                Matcher m = WebSignals.ownRating().matcher(l.text());
                if (!l.blank() && !chrome[i] && m.lookingAt()) {
                    return new RatingEntry(value(l.begin() + m.start(1), l.begin() + m.end(1)),
                            value(l.begin() + m.start(2), l.begin() + m.end(2)), null, genre + "/own-rating", 0.8);
                }
            }
        }
        return null;
    }

    /**
     * Parses a page of a web genre: the film and the review, with the genre's own readers run
     * after the prose (they see the cast the prose named) and before the award claims.
     */
    static ParsedDocument parse(String genre, Source source, ErrorHandler handler,
            BiConsumer<WebPost, FilmContext> genreReaders) {
        WebPost post = read(genre, source.text());
        FilmRecord film = post.film();
        if (film == null) return ParsedDocument.noFilm(genre, post.noFilmReason);
        RawSpans raw = new RawSpans(post.markup);
        genreReaders.accept(post, new FilmContext(film, new DocumentErrors(source, handler), raw));
        post.readAwards(film);
        mergeCast(film);
        ReviewRecord review = post.review(film);
        review.rating(post.ownRating());
        FilmRecord rawFilm = raw.film(film);
        return ParsedDocument.of(genre, raw.review(review, rawFilm));
    }

    /** What a genre's own readers get: the film being read, where to warn, how to move spans. */
    record FilmContext(FilmRecord film, DocumentErrors errors, RawSpans raw) {}

    /** @return the review of the film as the post states it (view coordinates). */
    ReviewRecord review(FilmRecord film) {
        ReviewRecord r = new ReviewRecord(film, genre + "/post", 0.9);
        Value b = bodyValue();
        r.headline(headline).body(b).date(date).language(b == null ? null : LanguageGuess.guess(b.text()));
        if (author != null) r.author(author, false);
        r.keywords().addAll(keywords);
        return r;
    }
}
