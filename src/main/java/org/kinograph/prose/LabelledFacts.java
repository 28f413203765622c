package org.kinograph.prose;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Field;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.ReleaseEntry;
import org.kinograph.model.Value;
import org.kinograph.text.Anchored;
import org.kinograph.text.Dates;
import org.kinograph.text.NameLists;

/**
 * Reads labelled {@code Key: value} lines into film facts: an article's infobox, the "Director:",
 * "Release date:" lines of a review or blog post. Keys are registered in one table; a key nobody
 * registered is ignored.
 */
public final class LabelledFacts {
    private static final Pattern PAREN_COUNTRY = Pattern.compile("\\G\\s*\\(([^()]+)\\)");

    private final Map<String, BiConsumer<FilmRecord, Value>> readers = new HashMap<>();
    private final String rule;
    private final double confidence;

    /**
     * @param rule       the rule recorded for every fact read ({@code kino:method})
     * @param confidence its confidence in [0, 1]
     */
    public LabelledFacts(String rule, double confidence) {
        this.rule = rule;
        this.confidence = confidence;
        list(Field.DIRECTOR, "director", "directors", "directed by");
        list(Field.PRODUCER, "producer", "producers", "produced by");
        list(Field.WRITER, "writer", "writers", "written by", "screenplay", "screenplay by", "screenwriter");
        list(Field.ACTOR, "starring", "cast");
        list(Field.MUSIC, "music", "music by", "composer");
        list(Field.CINEMATOGRAPHER, "cinematography", "cinematographer");
        list(Field.EDITOR, "editing", "edited by", "editor", "film editing");
        list(Field.PRODUCTION_COMPANY, "studio", "studios", "production company", "production companies");
        list(Field.DISTRIBUTOR, "distributor", "distributors", "distributed by");
        list(Field.COUNTRY, "country", "countries");
        list(Field.LANGUAGE, "language", "languages");
        single(Field.RUNTIME, "runtime", "running time", "duration");
        single(Field.BUDGET, "budget");
        single(Field.BOX_OFFICE, "box office", "gross");
        single(Field.ADMISSIONS, "admissions");
        for (String k : List.of("released", "release date", "release dates", "release", "released date")) {
            readers.put(k, this::releases);
        }
    }

    /** @return true when the key names a film fact (used to tell film pages from others). */
    public boolean isFilmKey(String key) {
        return readers.containsKey(normalise(key));
    }

    /**
     * Adds the facts of one labelled line to the record.
     *
     * @param key   the label as written ("Directed by")
     * @param value the value, or null when it was lost
     * @return true when the key is a film fact (whether or not a value was there)
     */
    public boolean read(Value key, Value value, FilmRecord film) {
        BiConsumer<FilmRecord, Value> reader = readers.get(normalise(key.text()));
        if (reader != null && value != null) reader.accept(film, value);
        return reader != null;
    }

    private void list(Field field, String... keys) {
        for (String k : keys) {
            readers.put(k, (film, v) -> NameLists.split(v).forEach(item -> film.add(field, item, rule, confidence)));
        }
    }

    private void single(Field field, String... keys) {
        for (String k : keys) {
            readers.put(k, (film, v) -> film.add(field, v, rule, confidence));
        }
    }

    /** The first date is the film's release; later dates followed by "(Country)" are releases there. */
    private void releases(FilmRecord film, Value v) {
        List<Dates.Found> dates = Dates.findAll(v.text());
        for (int i = 0; i < dates.size(); i++) {
            Dates.Found d = dates.get(i);
            Value date = v.sub(d.begin(), d.end());
            Matcher m = Anchored.at(PAREN_COUNTRY, v.text(), d.end());
            Value place = m != null ? v.sub(m.start(1), m.end(1)) : null;
            if (i == 0) {
                film.add(Field.RELEASE_DATE, date, rule, confidence);
            } else {
                film.releases().add(new ReleaseEntry(date, place, null, null, rule, 0.9));
            }
        }
    }

    static String normalise(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replace("(s)", "s").replaceAll("\\s+", " ");
    }
}
