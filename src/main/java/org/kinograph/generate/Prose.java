package org.kinograph.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentences every genre writes about a film: plot, lead, stars, ratings, awards, casting, opinions. */
final class Prose {
    private Prose() {}

    /** @return "A", "A and B", "A, B and C" */
    static String list(List<String> items) {
        if (items.size() <= 1) return items.isEmpty() ? "" : items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Fills a template's {T} (title), {A} {B} {C} (characters), {P} (place) and {O} (an occupation). */
    static String fill(String template, FilmFacts f, Pick pick) {
        List<String> names = f.plotNames();
        return template.replace("{T}", f.title).replace("{A}", names.get(0)).replace("{B}", names.get(1))
                .replace("{C}", names.get(2)).replace("{P}", f.place).replace("{O}", pick.one(Words.OCCUPATIONS));
    }

    /** @return an opening, some middles and an ending of the film's story */
    static List<String> plot(FilmFacts f, Pick pick, int middles) {
        List<String> out = new ArrayList<>();
        out.add(fill(pick.one(Words.PLOT_OPENINGS), f, pick));
        for (String m : pick.some(Words.PLOT_MIDDLES, middles)) out.add(fill(m, f, pick));
        out.add(fill(pick.one(Words.PLOT_ENDINGS), f, pick));
        return out;
    }

    /** @return "2009 French drama film", with "a" or "an" left to the caller */
    static String kind(FilmFacts f) {
        return f.year + " " + f.country.adjective() + " " + f.genre + " film";
    }

    /** @return "It stars A and B as C and D." (or "A as C" for one), or "" without cast */
    static String stars(FilmFacts f, Pick pick, String subject) {
        List<FilmFacts.Role> roles = f.roles.subList(0, Math.min(f.roles.size(), pick.between(1, 3)));
        if (roles.isEmpty()) return "";
        boolean given = pick.chance(0.5);
        List<String> actors = roles.stream().map(FilmFacts.Role::actor).toList();
        List<String> characters = roles.stream().map(r -> given ? r.characterGiven() : r.character()).toList();
        return subject + " stars " + list(actors) + " as " + list(characters) + ".";
    }

    /** @return "The film has a rating of 7.1 out of 10 on IMDb and 85% on Rotten Tomatoes." */
    static String ratings(FilmFacts f, String start) {
        List<String> parts = new ArrayList<>();
        for (FilmFacts.Rating r : f.ratings) {
            parts.add(r.best().equals("100") ? r.value() + "% on " + r.site() : r.value() + " out of " + r.best() + " on " + r.site());
        }
        return start + " " + list(parts) + ".";
    }

    /** @return sentences claiming the film's awards and nominations, or "" when it has none */
    static String awards(FilmFacts f, Pick pick) {
        List<String> won = new ArrayList<>();
        List<String> nominated = new ArrayList<>();
        for (FilmFacts.Award a : f.awards) {
            if (a.category().contains("Award") || a.category().contains("Prize")) continue;
            String claim = "the " + a.body() + " for " + a.category()
                    + (a.recipients().contains(f.title) ? "" : " for " + list(a.recipients()));
            if (a.result().equals("Won")) won.add(claim);
            else if (a.result().equals("Nominated")) nominated.add(claim);
        }
        String out = won.isEmpty() ? "" : "It won " + String.join(", and ", won.subList(0, Math.min(2, won.size()))) + ".";
        if (!nominated.isEmpty()) {
            out += (out.isEmpty() ? "It was" : " It was also") + " nominated for " + nominated.get(0) + ".";
        }
        return out;
    }

    /** @return casting sentences ("Ada is played by X.", "The ferry pilot – Ada – is played by X.") */
    static List<String> casting(FilmFacts f, Pick pick) {
        List<String> out = new ArrayList<>();
        for (FilmFacts.Role r : pick.some(f.roles, pick.between(1, 3))) {
            out.add(switch (pick.between(0, 2)) {
                case 0 -> r.characterGiven() + " is played by " + r.actor() + ".";
                case 1 -> "The " + role(r) + " – " + r.characterGiven() + " – is played by " + r.actor() + ".";
                default -> r.actor() + " plays " + r.character() + ", and it is a pleasure to watch.";
            });
        }
        return out;
    }

    private static String role(FilmFacts.Role r) {
        String d = r.description();
        return d.startsWith("a ") || d.startsWith("an ") ? d.substring(d.indexOf(' ') + 1, d.indexOf(" who ")) : "character";
    }

    /** @return n first-person opinions about the film */
    static List<String> opinions(FilmFacts f, Pick pick, int n) {
        return pick.some(Words.OPINIONS, n).stream().map(o -> fill(o, f, pick)).toList();
    }

    /** @return a first-person opinion that names the film (a post's first paragraph does) */
    static String titledOpinion(FilmFacts f, Pick pick) {
        return fill(pick.one(Words.OPINIONS.stream().filter(o -> o.contains("{T}")).toList()), f, pick);
    }

    /** @return the sentence with its first letter in upper case */
    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
