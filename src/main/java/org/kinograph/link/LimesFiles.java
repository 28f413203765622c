package org.kinograph.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The LIMES benchmark files: tab-separated with a header line. Entity files have the columns
 * {@code id}, {@code title}, {@code director} (a film with several directors has several rows);
 * values may carry an RDF language tag ({@code "Title@en"}), which is dropped. Gold files have two
 * columns of ids, source first.
 */
public final class LimesFiles {
    private LimesFiles() {}

    /** A gold pair of ids, as written. */
    public record Pair(String source, String target) {}

    /** @return the films of an entity file, in file order. */
    public static List<Film> films(Path file) {
        List<String[]> rows = rows(file);
        String[] header = lower(rows.get(0));
        int id = column(header, "id", file);
        int title = column(header, "title", file);
        int director = column(header, "director", file);
        Map<String, Set<String>> titles = new LinkedHashMap<>();
        Map<String, Set<String>> directors = new LinkedHashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            String key = cell(r, id);
            titles.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(Normaliser.dropLanguageTag(cell(r, title)));
            String d = Normaliser.dropLanguageTag(cell(r, director));
            Set<String> ds = directors.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (!d.isBlank()) ds.add(d);
        }
        List<Film> out = new ArrayList<>();
        titles.forEach((k, t) -> out.add(Film.of(k, List.copyOf(t),
                directors.get(k).stream().map(n -> new Person(null, List.of(n))).toList())));
        return out;
    }

    /** @return the pairs of a gold file, in file order, without repeats. */
    public static Set<Pair> gold(Path file) {
        List<String[]> rows = rows(file);
        Set<Pair> out = new LinkedHashSet<>();
        for (String[] r : rows.subList(1, rows.size())) {
            if (r.length < 2) throw new IllegalArgumentException(file + ": a gold line needs two ids: " + String.join("\t", r));
            out.add(new Pair(unquote(r[0]), unquote(r[1])));
        }
        return out;
    }

    private static List<String[]> rows(Path file) {
        try {
            List<String[]> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) out.add(line.split("\t", -1));
            }
            if (out.isEmpty()) throw new IllegalArgumentException(file + ": empty file");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String[] lower(String[] header) {
        String[] out = new String[header.length];
        for (int i = 0; i < header.length; i++) out[i] = unquote(header[i]).toLowerCase(Locale.ROOT);
        return out;
    }

    private static int column(String[] header, String name, Path file) {
        for (int i = 0; i < header.length; i++) if (header[i].equals(name)) return i;
        throw new IllegalArgumentException(file + ": no column \"" + name + "\" in the header");
    }

    private static String cell(String[] row, int i) {
        return i < row.length ? unquote(row[i]) : "";
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
