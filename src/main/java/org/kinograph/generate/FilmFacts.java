package org.kinograph.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What every document about one film agrees on: the pool's title, year, directors and cast, and
 * the invented rest (characters, crew, companies, release dates, runtime, money, awards,
 * ratings), drawn once per film so that an article and a forum page about it tell the same story.
 */
final class FilmFacts {
    /** A cast entry: the actor from the pool, the invented character and a description. */
    record Role(String actor, String character, String description) {
        String characterGiven() {
            return character.substring(0, character.indexOf(' '));
        }
    }

    /** A row of an awards table. */
    record Award(int year, String body, String category, String result, List<String> recipients) {}

    /** A rating on a rating site: value, best, and how prose writes it. */
    record Rating(String site, String value, String best) {}

    final FilmPool.Film film;
    final String title;
    final int year;
    final List<String> directors;
    final List<String> characters;
    final List<Role> roles;
    final List<String> producers;
    final List<String> writers;
    final String composer;
    final String cinematographer;
    final String editor;
    final String studio;
    final String distributor;
    final Words.Country country;
    final String genre;
    final LocalDate release;
    final Words.Country foreignCountry;
    final LocalDate foreignRelease;
    final String foreignDistributor;
    final LocalDate homeMedia;
    final String medium;
    final int runtime;
    final long gross;
    final long budget;
    final long admissions;
    final String place;
    final List<Award> awards;
    final List<Rating> ratings;

    FilmFacts(FilmPool.Film film, Pick pick) {
        this.film = film;
        this.title = film.title();
        this.year = film.year();
        this.directors = film.directors().subList(0, Math.min(3, film.directors().size()));
        List<String> cast = film.cast().subList(0, Math.min(8, film.cast().size()));
        this.characters = characters(pick, Math.max(3, cast.size()));
        this.place = pick.one(Words.PLACES);
        this.roles = roles(cast, pick);
        this.producers = people(pick, pick.between(1, 3));
        this.writers = pick.chance(0.3) && !directors.isEmpty() ? List.of(directors.get(0)) : people(pick, pick.between(1, 2));
        this.composer = person(pick);
        this.cinematographer = person(pick);
        this.editor = person(pick);
        this.studio = pick.one(Words.STUDIOS);
        this.distributor = pick.one(Words.DISTRIBUTORS);
        this.country = pick.one(Words.COUNTRIES);
        this.genre = pick.one(Words.GENRES);
        this.release = LocalDate.of(year, pick.between(1, 12), pick.between(1, 28));
        this.foreignCountry = other(pick, country);
        this.foreignRelease = release.plusDays(pick.between(20, 300));
        this.foreignDistributor = pick.one(Words.DISTRIBUTORS);
        this.homeMedia = foreignRelease.plusDays(pick.between(60, 200));
        this.medium = pick.one("DVD", "Blu-ray", "DVD and Blu-ray");
        this.runtime = pick.between(78, 152);
        this.gross = scale(pick.between(1_200_000, 95_000_000), country.currency());
        this.budget = gross / pick.between(2, 6);
        this.admissions = pick.between(150_000, 4_800_000);
        this.awards = pick.chance(0.7) ? awards(pick) : List.of();
        this.ratings = ratings(pick);
    }

    /** Amounts in yen, won and rupees are written in larger numbers. */
    private static long scale(long dollars, String currency) {
        return switch (currency) {
            case "¥", "₹" -> dollars * 100;
            case "₩" -> dollars * 1000;
            default -> dollars;
        };
    }

    private static List<String> characters(Pick pick, int n) {
        List<String> given = pick.some(Words.GIVEN, n);
        List<String> out = new ArrayList<>();
        for (String g : given) out.add(g + " " + pick.one(Words.FAMILY));
        return out;
    }

    private List<Role> roles(List<String> cast, Pick pick) {
        List<Role> out = new ArrayList<>();
        for (int i = 0; i < cast.size(); i++) {
            String description = description(i, pick); // may give the character a relative's family name
            out.add(new Role(cast.get(i), characters.get(i), description));
        }
        return out;
    }

    /** A character's description; a relative of another character takes that character's family name. */
    private String description(int i, Pick pick) {
        if (i > 0 && pick.chance(0.4)) {
            String other = characters.get(pick.between(0, i - 1));
            String relation = pick.one(Words.RELATIONS);
            String given = characters.get(i).substring(0, characters.get(i).indexOf(' '));
            if (Words.KIN.contains(relation)) characters.set(i, given + other.substring(other.indexOf(' ')));
            return other.substring(0, other.indexOf(' ')) + "'s " + relation;
        }
        String who = pick.one("", "", "ageing ", "young ") + pick.one(Words.OCCUPATIONS);
        return ("aeiou".indexOf(who.charAt(0)) >= 0 ? "an " : "a ") + who + " who " + pick.one(Words.TRAITS);
    }

    private static List<String> people(Pick pick, int n) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < n) out.add(person(pick));
        return new ArrayList<>(out);
    }

    private static String person(Pick pick) {
        return pick.one(Words.GIVEN) + " " + pick.one(Words.FAMILY);
    }

    private static Words.Country other(Pick pick, Words.Country not) {
        Words.Country c = pick.one(Words.COUNTRIES);
        return c.equals(not) ? Words.COUNTRIES.get((Words.COUNTRIES.indexOf(c) + 1) % Words.COUNTRIES.size()) : c;
    }

    /** @return the given names of the first three characters (A, B, C of the plot templates) */
    List<String> plotNames() {
        return characters.subList(0, 3).stream().map(c -> c.substring(0, c.indexOf(' '))).toList();
    }

    private List<Award> awards(Pick pick) {
        List<Award> out = new ArrayList<>();
        for (String body : pick.some(Words.AWARD_BODIES, pick.between(1, 3))) {
            int awardYear = year + (pick.chance(0.5) ? 0 : 1);
            String edition = Formats.ordinal(pick.between(2, 48)) + " " + body;
            for (String category : pick.some(categories(), pick.between(1, 3))) {
                List<String> recipients = recipients(category, pick);
                if (recipients.isEmpty()) continue;
                String result = pick.chance(0.15) ? "" : pick.one("Won", "Nominated");
                out.add(new Award(awardYear, edition, category, result, recipients));
            }
        }
        out.sort((a, b) -> Integer.compare(a.year(), b.year()));
        return out;
    }

    private static List<String> categories() {
        return List.of("Best Film", "Best Director", "Best Lead Performance", "Best Supporting Performance",
                "Best Ensemble", "Best Screenplay", "Best Cinematography", "Best Original Score", "Best Editing",
                "Best Newcomer", "Audience Award", "Jury Prize");
    }

    private List<String> recipients(String category, Pick pick) {
        List<String> actors = roles.stream().map(Role::actor).toList();
        return switch (category) {
            case "Best Director" -> directors.isEmpty() ? List.of() : List.of(directors.get(0));
            case "Best Lead Performance", "Best Newcomer" -> actors.isEmpty() ? List.of() : List.of(actors.get(0));
            case "Best Supporting Performance" -> actors.size() < 2 ? List.of() : List.of(pick.one(actors.subList(1, actors.size())));
            case "Best Ensemble" -> actors.size() < 2 ? List.of() : actors.subList(0, 2);
            case "Best Screenplay" -> writers;
            case "Best Cinematography" -> List.of(cinematographer);
            case "Best Original Score" -> List.of(composer);
            case "Best Editing" -> List.of(editor);
            default -> List.of(title);
        };
    }

    private static List<Rating> ratings(Pick pick) {
        List<Rating> all = List.of(
                new Rating("IMDb", String.format(java.util.Locale.ROOT, "%.1f", pick.decimal(4.2, 8.9)), "10"),
                new Rating("Rotten Tomatoes", String.valueOf(pick.between(18, 99)), "100"),
                new Rating("Letterboxd", String.format(java.util.Locale.ROOT, "%.1f", pick.decimal(2.1, 4.4)), "5"),
                new Rating("MyDramaList", String.format(java.util.Locale.ROOT, "%.1f", pick.decimal(5.5, 9.1)), "10"));
        return pick.some(all, pick.between(1, 3));
    }
}
