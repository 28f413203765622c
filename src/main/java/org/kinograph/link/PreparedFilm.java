package org.kinograph.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A film with its titles and names normalised once, for many comparisons. */
final class PreparedFilm {
    final Film film;
    final List<Normaliser.Title> titles;
    final Set<Integer> years;
    final List<List<String>> directorNames;
    final List<List<List<String>>> cast;

    PreparedFilm(Film film) {
        this.film = film;
        this.titles = titles(film);
        this.years = years(film, titles);
        this.directorNames = film.directors().stream().flatMap(p -> names(p).stream()).toList();
        this.cast = film.cast().stream().map(PreparedFilm::names).filter(n -> !n.isEmpty()).toList();
    }

    private static List<Normaliser.Title> titles(Film film) {
        Set<Normaliser.Title> out = new LinkedHashSet<>();
        for (String t : film.titles()) {
            Normaliser.Title n = Normaliser.title(t);
            if (!n.tokens().isEmpty()) out.add(n);
        }
        return List.copyOf(out);
    }

    private static Set<Integer> years(Film film, List<Normaliser.Title> titles) {
        Set<Integer> out = new LinkedHashSet<>(film.years());
        for (Normaliser.Title t : titles) if (t.year() != null) out.add(t.year());
        return out;
    }

    private static List<List<String>> names(Person p) {
        List<List<String>> out = new ArrayList<>();
        for (String n : p.names()) {
            List<String> tokens = Normaliser.name(n);
            if (!tokens.isEmpty() && !out.contains(tokens)) out.add(tokens);
        }
        return out;
    }
}
