package org.kinograph.article;

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
import org.kinograph.text.Dates;
import org.kinograph.text.NameLists;

/**
 * Reads the {@code - Key: value} lines of an article's infobox into film facts. Keys are
 * registered in a table; a key nobody registered is ignored.
 */
final class InfoboxReader {
    static final String RULE = EncyclopediaArticle.NAME + "/infobox";
    static final double CONFIDENCE = 0.95;
    private static final Pattern PAREN_COUNTRY = Pattern.compile("\\G\\s*\\(([^()]+)\\)");

    private final Map<String, BiConsumer<FilmRecord, Value>> readers = new HashMap<>();

    InfoboxReader() {
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
        single(Field.RUNTIME, "runtime", "running time");
        single(Field.BUDGET, "budget");
        single(Field.BOX_OFFICE, "box office", "gross");
        single(Field.ADMISSIONS, "admissions");
        for (String k : List.of("released", "release date", "release dates", "release")) {
            readers.put(k, InfoboxReader::releases);
        }
    }

    /** @return true when the key names a film fact (used to tell film articles from others). */
    boolean isFilmKey(String key) {
        return readers.containsKey(normalise(key));
    }

    /** Adds the facts of the infobox to the record. */
    void read(List<ArticleLayout.InfoboxLine> lines, FilmRecord film) {
        for (ArticleLayout.InfoboxLine line : lines) {
            BiConsumer<FilmRecord, Value> reader = readers.get(normalise(line.key().text()));
            if (reader != null && line.value() != null) {
                reader.accept(film, line.value());
            }
        }
    }

    private void list(Field field, String... keys) {
        for (String k : keys) {
            readers.put(k, (film, v) -> NameLists.split(v).forEach(item -> film.add(field, item, RULE, CONFIDENCE)));
        }
    }

    private void single(Field field, String... keys) {
        for (String k : keys) {
            readers.put(k, (film, v) -> film.add(field, v, RULE, CONFIDENCE));
        }
    }

    /** The first date is the film's release; later dates followed by "(Country)" are releases there. */
    private static void releases(FilmRecord film, Value v) {
        List<Dates.Found> dates = Dates.findAll(v.text());
        for (int i = 0; i < dates.size(); i++) {
            Dates.Found d = dates.get(i);
            Value date = v.sub(d.begin(), d.end());
            Matcher m = PAREN_COUNTRY.matcher(v.text());
            Value place = m.find(d.end()) ? v.sub(m.start(1), m.end(1)) : null;
            if (i == 0) {
                film.add(Field.RELEASE_DATE, date, RULE, CONFIDENCE);
            } else {
                film.releases().add(new ReleaseEntry(date, place, null, null, RULE, 0.9));
            }
        }
    }

    static String normalise(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replace("(s)", "s").replaceAll("\\s+", " ");
    }
}
