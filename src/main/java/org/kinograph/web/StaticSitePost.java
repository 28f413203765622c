package org.kinograph.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.genre.DocumentErrors;
import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.Genre;
import org.kinograph.genre.GenreScore;
import org.kinograph.model.Field;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.ParsedDocument;
import org.kinograph.model.PlaceEntry;
import org.kinograph.model.RatingEntry;
import org.kinograph.model.ReviewRecord;
import org.kinograph.model.Value;
import org.kinograph.source.Source;
import org.kinograph.text.LanguageGuess;
import org.kinograph.text.MarkupText;
import org.kinograph.text.NameLists;
import org.kinograph.vocab.Ids;

/**
 * The static-site-post genre: a post with YAML front matter between {@code ---} lines and a
 * Markdown or HTML body, as Jekyll and Hugo sites and WordPress-to-Jekyll exports write it.
 * The post is a review of the one film it is about; a roundup of several films, or a post with
 * no sign of being about a film, is reported as about no film. See docs/mapping.md.
 */
public final class StaticSitePost implements Genre {
    /** The genre's name. */
    public static final String NAME = "static-site-post";

    /** Front-matter keys that posts have and other YAML documents rarely do. */
    private static final Set<String> POST_KEYS = Set.of("title", "date", "author", "authors", "layout", "permalink",
            "categories", "category", "tags", "guid", "slug", "draft", "published", "excerpt", "description",
            "lastmod", "summary");
    /** Keys that only a post about a film has. */
    private static final List<String> FILM_KEYS = List.of("link", "rating", "year", "genre", "genres", "director",
            "directors", "starring", "cast");
    private static final List<String> KEYWORD_KEYS = List.of("categories", "category", "tags", "tag", "keywords");
    private static final Map<String, Field> CREW_KEYS = crewKeys();

    private static final Pattern ROUNDUP = Pattern.compile("(?i)^\\s*(?:top\\s+\\d+\\b|best\\s+of\\b"
            + "|(?:the\\s+)?\\d+\\s+(?:\\S+\\s+){0,2}?(?:things|reasons|ways|films|movies|scenes|songs|characters"
            + "|moments|posters|picks|favou?rites)\\b)|\\b(?:films|movies)\\b");
    private static final Pattern ROUNDUP_CATEGORY = Pattern.compile("(?i)top\\s*\\d+|lists?|listicles?|roundups?");
    private static final Pattern REVIEW_WORD = Pattern.compile("(?i)\\breviews?\\b");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern YEAR = Pattern.compile("(?:18|19|20)\\d{2}");
    private static final Pattern PAGE_YEAR = Pattern.compile(
            "(?i)/wiki/[^?#]*(?:\\(|%28)((?:18|19|20)\\d{2})_(?:[a-z]+_)?film(?:\\)|%29)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern SCALE = Pattern.compile(
            "(?i)\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:/|out\\s+of|of)\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:stars?)?\\s*");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private static Map<String, Field> crewKeys() {
        Map<String, Field> m = new LinkedHashMap<>();
        for (String k : List.of("director", "directors", "directed_by")) m.put(k, Field.DIRECTOR);
        for (String k : List.of("producer", "producers", "produced_by")) m.put(k, Field.PRODUCER);
        for (String k : List.of("writer", "writers", "written_by", "screenplay")) m.put(k, Field.WRITER);
        for (String k : List.of("starring", "cast", "actors", "stars")) m.put(k, Field.ACTOR);
        for (String k : List.of("music", "music_by", "composer")) m.put(k, Field.MUSIC);
        for (String k : List.of("cinematography", "cinematographer")) m.put(k, Field.CINEMATOGRAPHER);
        for (String k : List.of("editor", "editing", "edited_by")) m.put(k, Field.EDITOR);
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GenreScore score(String text) {
        FrontMatter.Located at = FrontMatter.locate(text);
        if (at == null) return GenreScore.none("no front matter (the text does not open with a '---' line)");
        Set<String> keys = FrontMatter.scanKeys(text, at);
        List<String> postKeys = keys.stream().filter(POST_KEYS::contains).toList();
        if (!at.closed()) {
            return postKeys.size() >= 2
                    ? new GenreScore(0.5, "front matter opened on line 1 is never closed; post keys " + String.join(", ", postKeys))
                    : GenreScore.none("a '---' line opens the text but no front matter follows");
        }
        int points = 30; // out of 100 (GenreScore.ofPoints)
        List<String> why = new ArrayList<>();
        why.add("YAML front matter (lines 1-" + (lineOf(text, at.bodyBegin() - 1)) + ")");
        if (!postKeys.isEmpty()) {
            points += 10 * Math.min(5, postKeys.size());
            why.add("post keys " + String.join(", ", postKeys));
        }
        if (keys.contains("title")) points += 10;
        boolean body = !text.substring(at.bodyBegin()).isBlank();
        if (body) {
            points += 10;
            why.add("a body");
        }
        if (postKeys.isEmpty()) {
            points = Math.min(points, 40);
            why.add("but no post keys");
        }
        return GenreScore.ofPoints(points, String.join(", ", why));
    }

    @Override
    public ParsedDocument parse(Source source, ErrorHandler handler) {
        DocumentErrors errors = new DocumentErrors(source, handler);
        String text = source.text();
        FrontMatter.Located at = FrontMatter.locate(text);
        if (at == null) return ParsedDocument.noFilm(NAME, "no front matter");
        if (!at.closed()) {
            errors.warning(new Value("---", 0, 3), "front matter opened here is never closed (no closing '---' line)");
            return ParsedDocument.noFilm(NAME, "the front matter opened on line 1 is never closed");
        }
        FrontMatter fm;
        try {
            fm = FrontMatter.read(text, at);
        } catch (FrontMatter.Invalid e) {
            errors.warning(new Value("", e.offset(), e.offset()), e.getMessage());
            return ParsedDocument.noFilm(NAME, e.getMessage() + " (" + position(text, e.offset()) + ")");
        }
        for (FrontMatter.Duplicate d : fm.duplicates()) {
            errors.warning(new Value(d.key(), d.offset(), d.offset()),
                    "front-matter key \"" + d.key() + "\" is written more than once; it is left out");
        }
        return new Post(text, at, fm, errors).read();
    }

    /** One post being read. */
    private static final class Post {
        private final String text;
        private final FrontMatter.Located at;
        private final FrontMatter fm;
        private final DocumentErrors errors;

        Post(String text, FrontMatter.Located at, FrontMatter fm, DocumentErrors errors) {
            this.text = text;
            this.at = at;
            this.fm = fm;
            this.errors = errors;
        }

        ParsedDocument read() {
            Scalar title = fm.scalar("title");
            Value headline = title == null ? null : title.clean();
            if (headline == null) return ParsedDocument.noFilm(NAME, "the front matter has no title");
            List<Value> keywords = keywords();
            boolean filmKeys = FILM_KEYS.stream().anyMatch(k -> fm.scalar(k) != null);
            boolean strongFilmKeys = fm.scalar("link") != null || fm.scalar("rating") != null;
            if (!strongFilmKeys && isRoundup(headline)) {
                return ParsedDocument.noFilm(NAME, "a roundup of several films (\"" + headline.text()
                        + "\"), not a review of one film");
            }
            boolean reviewWord = keywords.stream().anyMatch(k -> REVIEW_WORD.matcher(k.text()).find());
            if (!filmKeys && !reviewWord) {
                return ParsedDocument.noFilm(NAME, "no sign that the post is about one film: no link, rating, year or"
                        + " genre in the front matter and no review category or tag");
            }
            PostBody.Read body = PostBody.read(text, at.bodyBegin(), text.length(), pageValues());
            Value link = webAddress(fm.scalar("link", "wikipedia"), "link");
            FilmTitle.Choice choice = FilmTitle.choose(title, evidence(link, keywords, body), NAME);
            if (choice == null) return ParsedDocument.noFilm(NAME, "the headline names no film");

            FilmRecord film = new FilmRecord(choice.title(), choice.rule(), choice.confidence());
            if (choice.alternate() != null) film.add(Field.ALTERNATE_NAME, choice.alternate(), NAME + "/title-parenthetical", 0.7);
            film.yearIfAbsent(year());
            film.yearIfAbsent(choice.year());
            if (link != null) film.add(Field.LINK, link, NAME + "/link", 0.95);
            List<Value> bodyLinks = wikipediaLinks(body, choice.title(), link);
            bodyLinks.forEach(l -> film.add(Field.LINK, l, NAME + "/body-wikipedia-link", 0.8));
            if (film.year() == null) {
                List<Value> pages = new ArrayList<>();
                if (link != null) pages.add(link);
                pages.addAll(bodyLinks);
                for (Value page : pages) film.yearIfAbsent(yearOfPage(page));
            }
            Value image = image();
            if (image != null) film.add(Field.IMAGE, image, NAME + "/image", 0.85);
            for (String key : List.of("genre", "genres")) {
                for (Value g : listItems(key)) film.add(Field.GENRE, g, NAME + "/genre", 0.9);
            }
            CREW_KEYS.forEach((key, field) -> {
                for (Value person : names(key)) film.add(field, person, NAME + "/crew-field", 0.9);
            });
            unknownWikipediaKeys();

            ReviewRecord review = new ReviewRecord(film, NAME + "/post", 0.9)
                    .headline(headline)
                    .date(date())
                    .body(body.text())
                    .url(url())
                    .place(place())
                    .rating(rating());
            Value author = author();
            if (author != null) review.author(author, false);
            String language = body.text() == null ? null : LanguageGuess.guess(body.text().text());
            review.language(language != null ? language : declaredLanguage());
            review.keywords().addAll(keywords);
            return ParsedDocument.of(NAME, review);
        }

        private boolean isRoundup(Value headline) {
            if (ROUNDUP.matcher(headline.text()).find()) return true;
            for (Scalar c : fm.scalars("categories")) {
                if (ROUNDUP_CATEGORY.matcher(c.value().strip()).matches()) return true;
            }
            return false;
        }

        /** Categories and tags: list items, or a comma-separated string; each once (case-insensitive). */
        private List<Value> keywords() {
            List<Value> out = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String key : KEYWORD_KEYS) {
                for (Value v : listItems(key)) {
                    if (seen.add(v.text().toLowerCase(Locale.ROOT))) out.add(v);
                }
            }
            return out;
        }

        /** The items of a list under a key, or of a comma-separated scalar; cleaned. */
        private List<Value> listItems(String key) {
            List<Value> out = new ArrayList<>();
            List<Scalar> scalars = fm.scalars(key);
            if (scalars.size() == 1 && !fm.isList(key)) {
                Scalar s = scalars.get(0);
                MarkupText m = s.markup();
                String t = m.text();
                int from = 0;
                for (int i = 0; i <= t.length(); i++) {
                    if (i == t.length() || t.charAt(i) == ',' || t.charAt(i) == ';') {
                        Value item = s.part(m, from, i);
                        if (item != null) out.add(item);
                        from = i + 1;
                    }
                }
                return out;
            }
            for (Scalar s : scalars) {
                Value v = s.clean();
                if (v != null) out.add(v);
            }
            return out;
        }

        /** People under a key: list items, or a written list ("A, B and C") in one scalar. */
        private List<Value> names(String key) {
            List<Scalar> scalars = fm.scalars(key);
            if (scalars.size() == 1 && !fm.isList(key) && scalars.get(0).verbatim()) {
                return NameLists.split(scalars.get(0).raw());
            }
            return listItems(key);
        }

        private Map<String, String> pageValues() {
            Map<String, String> page = new HashMap<>();
            for (String key : fm.keys()) {
                if (fm.isList(key)) continue;
                Scalar s = fm.scalar(key);
                Value v = s == null ? null : s.clean();
                if (v != null) page.put(key, v.text());
            }
            return page;
        }

        private FilmTitle.Evidence evidence(Value link, List<Value> keywords, PostBody.Read body) {
            Set<String> kw = new LinkedHashSet<>();
            keywords.forEach(k -> kw.add(Ids.slug(k.text())));
            Set<String> wiki = new LinkedHashSet<>();
            for (PostBody.Link l : body.links()) {
                if (l.wikipediaPage() == null) continue;
                wiki.add(Ids.slug(l.wikipediaPage().replaceAll("\\s*\\([^()]*\\)\\s*$", "")));
                if (!l.text().isEmpty()) wiki.add(Ids.slug(l.text()));
            }
            String opening = body.text() == null ? "" : body.text().text();
            opening = opening.substring(0, Math.min(400, opening.length()));
            String page = link == null ? null : PostBody.wikipediaPage(link.text());
            if (page == null && link != null) page = lastPathSegment(link.text());
            return new FilmTitle.Evidence(page, kw, wiki, opening);
        }

        /** Wikipedia links of the body whose text or page name is the film's title. */
        private List<Value> wikipediaLinks(PostBody.Read body, Value title, Value link) {
            List<Value> out = new ArrayList<>();
            String slug = Ids.slug(title.text());
            Set<String> seen = new LinkedHashSet<>();
            if (link != null) seen.add(link.text());
            for (PostBody.Link l : body.links()) {
                String page = l.wikipediaPage();
                if (page == null) continue;
                String pageSlug = Ids.slug(page.replaceAll("\\s*\\([^()]*\\)\\s*$", ""));
                if (!pageSlug.equals(slug) && !Ids.slug(l.text()).equals(slug)) continue;
                Value href = withoutFragment(l.href());
                if (href != null && seen.add(href.text())) out.add(href);
            }
            return out;
        }

        /** @return the year of a Wikipedia page name's disambiguator ("…/Departures_(2008_film)"), or null. */
        private Value yearOfPage(Value href) {
            Matcher m = PAGE_YEAR.matcher(href.text());
            if (!m.find()) return null;
            boolean verbatim = text.substring(href.begin(), href.end()).equals(href.text());
            return verbatim ? new Value(m.group(1), href.begin() + m.start(1), href.begin() + m.end(1))
                    : new Value(m.group(1), href.begin(), href.end());
        }

        /** @return the address without its "#section" (the page, not a part of it), span cut to match. */
        private Value withoutFragment(Value href) {
            int hash = href.text().indexOf('#');
            if (hash < 0) return href;
            String page = href.text().substring(0, hash);
            boolean verbatim = text.substring(href.begin(), href.end()).equals(href.text());
            return verbatim ? Value.of(text, href.begin(), href.begin() + hash) : new Value(page, href.begin(), href.end());
        }

        private Value year() {
            Scalar y = fm.scalar("year");
            if (y == null) return null;
            Value v = y.raw();
            if (v == null) return null;
            if (!YEAR.matcher(v.text()).matches()) {
                errors.warning(v, "not a year: \"" + v.text() + "\"");
                return null;
            }
            return v;
        }

        private Value author() {
            Scalar a = fm.isMapping("author") ? fm.scalarIn("author", "name") : fm.scalar("author", "authors");
            return a == null ? null : a.clean();
        }

        /** The date as written, normalised to ISO 8601 when it is an ISO-like date or date-time. */
        private Value date() {
            Scalar d = fm.scalar("date");
            Value v = d == null ? null : d.raw();
            if (v == null) return null;
            Matcher m = ISO_DATE.matcher(v.text());
            if (!m.matches()) return v;
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (m.group(4) == null) return new Value(day.toString(), v.begin(), v.end());
                LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                String iso = day + "T" + String.format(Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(),
                        time.getSecond());
                if (m.group(7) != null) {
                    String off = m.group(7).equals("Z") ? "Z" : ZoneOffset.of(
                            m.group(7).length() == 5 ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3)
                                    : m.group(7)).getId();
                    iso += off;
                }
                return new Value(iso, v.begin(), v.end());
            } catch (java.time.DateTimeException | NumberFormatException e) {
                errors.warning(v, "not a date: \"" + v.text() + "\"");
                return null;
            }
        }

        /** The post's address: an absolute url field, an absolute permalink, the permalink on the guid's site, the guid. */
        private Value url() {
            Value canonical = absolute(fm.scalar("canonical_url", "canonical", "url"));
            if (canonical != null) return canonical;
            Scalar p = fm.scalar("permalink");
            Value permalink = p == null ? null : p.raw();
            Value guid = absolute(fm.scalar("guid"));
            if (permalink != null) {
                if (isWebAddress(permalink.text())) return permalink;
                if (guid != null && permalink.text().startsWith("/") && !permalink.text().contains("/:")) {
                    try {
                        String resolved = URI.create(guid.text()).resolve(permalink.text()).toString();
                        if (isWebAddress(resolved)) return new Value(resolved, permalink.begin(), permalink.end());
                    } catch (IllegalArgumentException e) {
                        errors.warning(permalink, "cannot resolve the permalink \"" + permalink.text() + "\"");
                    }
                }
            }
            return guid;
        }

        private Value absolute(Scalar s) {
            Value v = s == null ? null : s.raw();
            return v != null && isWebAddress(v.text()) ? v : null;
        }

        private Value webAddress(Scalar s, String key) {
            Value v = s == null ? null : s.raw();
            if (v == null) return null;
            if (!isWebAddress(v.text())) {
                errors.warning(v, "the " + key + " is not a web address: \"" + v.text() + "\"");
                return null;
            }
            return v;
        }

        /** The poster: an absolute image address, else the "primary" image of WordPress media metadata. */
        private Value image() {
            Scalar s = fm.scalar("image", "poster");
            if (s == null && fm.isMapping("image")) {
                for (String sub : List.of("url", "path", "src", "feature")) {
                    s = fm.scalarIn("image", sub);
                    if (s != null) break;
                }
            }
            Value v = s == null ? null : s.raw();
            if (v != null && isWebAddress(v.text())) return v;
            return primaryMedia();
        }

        private Value primaryMedia() {
            Scalar media = fm.scalar("tagazine-media");
            if (media == null) return null;
            try {
                PhpSerialized.PhpValue value = PhpSerialized.parse(media.value());
                if (value instanceof PhpSerialized.Arr a && a.get("primary") instanceof PhpSerialized.Str s
                        && isWebAddress(s.value().strip())) {
                    return media.verbatim()
                            ? Value.of(text, media.begin() + s.begin(), media.begin() + s.end())
                            : new Value(s.value().strip(), media.begin(), media.end());
                }
            } catch (PhpSerialized.Malformed e) {
                int at = media.verbatim() ? media.begin() + Math.min(e.at(), media.value().length()) : media.begin();
                errors.warning(new Value("", at, at), "tagazine-media is not valid PHP-serialized data: " + e.getMessage());
            }
            return null;
        }

        private PlaceEntry place() {
            Scalar lat = fm.scalar("geo_latitude", "latitude");
            Scalar lon = fm.scalar("geo_longitude", "longitude");
            Scalar address = fm.scalar("geo_address", "address");
            if (lat == null && lon == null && address == null) return null;
            Scalar pub = fm.scalar("geo_public");
            if (pub != null && pub.value().strip().matches("(?i)0|false|no")) {
                errors.warning(fm.keyAt("geo_public"), "the geotag is marked not public (geo_public: "
                        + pub.value().strip() + "); it is left out");
                return null;
            }
            Value la = lat == null ? null : lat.raw();
            Value lo = lon == null ? null : lon.raw();
            if (la != null && lo != null && (!inRange(la, 90) || !inRange(lo, 180))) {
                errors.warning(la, "not a latitude/longitude pair: " + la.text() + ", " + lo.text());
                la = null;
                lo = null;
            }
            Value addr = address == null ? null : address.clean();
            if (addr == null && (la == null || lo == null)) return null;
            return new PlaceEntry(addr, la, lo, NAME + "/geotag", 0.9);
        }

        private static boolean inRange(Value v, int limit) {
            try {
                BigDecimal d = new BigDecimal(v.text().strip());
                return d.abs().compareTo(BigDecimal.valueOf(limit)) <= 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        /**
         * The reviewer's score. "3.5/5", "7 out of 10" give their scale; a best_rating-like key gives
         * it; otherwise a score of at most 5 is taken as out of 5 (the common star scale).
         */
        private RatingEntry rating() {
            Scalar s = fm.scalar("rating");
            Value v = s == null ? null : s.raw();
            if (v == null) return null;
            Matcher scale = SCALE.matcher(v.text());
            if (scale.matches()) {
                return new RatingEntry(sub(s, v, scale.start(1), scale.end(1)), sub(s, v, scale.start(2), scale.end(2)),
                        null, NAME + "/rating", 0.9);
            }
            if (!NUMBER.matcher(v.text()).matches()) {
                errors.warning(v, "not a rating: \"" + v.text() + "\"");
                return null;
            }
            Scalar bestKey = fm.scalar("best_rating", "rating_best", "rating_max", "max_rating", "rating_scale", "out_of");
            Value best = bestKey == null ? null : bestKey.raw();
            if (best != null && NUMBER.matcher(best.text()).matches()) {
                return new RatingEntry(v, best, null, NAME + "/rating", 0.9);
            }
            if (new BigDecimal(v.text().replace(',', '.')).compareTo(FIVE) <= 0) {
                return new RatingEntry(v, new Value("5", v.begin(), v.end()), null, NAME + "/rating-out-of-5", 0.8);
            }
            errors.warning(v, "the rating " + v.text() + " is above 5 and the post gives no scale; its best is left out");
            return new RatingEntry(v, null, null, NAME + "/rating", 0.8);
        }

        private String declaredLanguage() {
            Scalar s = fm.scalar("lang");
            String t = s == null ? null : s.value().strip();
            return t != null && LANGUAGE_TAG.matcher(t).matches() ? t.replace('_', '-') : null;
        }

        /** Reports keys this genre does not know that hold a Wikipedia address (a misspelt link:). */
        private void unknownWikipediaKeys() {
            for (String key : fm.keys()) {
                if (KNOWN.contains(key)) continue;
                Scalar s = fm.scalar(key);
                if (s != null && PostBody.wikipediaPage(s.value()) != null) {
                    errors.warning(fm.keyAt(key), "front-matter key \"" + key + "\" is not a known field; its Wikipedia"
                            + " address is not used (a link is read from \"link:\")");
                }
            }
        }

        private static Value sub(Scalar s, Value v, int from, int to) {
            return s.verbatim() ? v.sub(from, to) : new Value(v.text().substring(from, to).strip(), v.begin(), v.end());
        }
    }

    private static final Set<String> KNOWN = Set.of("link", "wikipedia", "url", "canonical_url", "canonical", "guid",
            "permalink", "image", "poster");

    static boolean isWebAddress(String s) {
        return WEB_ADDRESS.matcher(s.strip()).matches();
    }

    private static String lastPathSegment(String url) {
        String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        int slash = path.lastIndexOf('/');
        String seg = slash < 0 ? path : path.substring(slash + 1);
        return seg.isEmpty() ? null : seg.replace('_', ' ').replace('-', ' ');
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }

    /** @return "line L, column C" of an offset, counted as {@link DocumentErrors} counts them. */
    static String position(String text, int offset) {
        int nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return "line " + lineOf(text, offset) + ", column " + (offset - nl);
    }
}
