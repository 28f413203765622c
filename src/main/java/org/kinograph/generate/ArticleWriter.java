package org.kinograph.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an encyclopedia article as wiki exports and mirrors do: a {@code = Title (film) =}
 * heading, a line repeating the title (or another title), a {@code - Key: value} infobox with
 * comma lists and "X and Y", a lead, then Plot, Cast, Production, Release and Reception sections
 * with an awards table whose rows lost their leading cells where they spanned several rows. Some
 * values are lost, as in real exports: an empty infobox value, the title at the start of the lead,
 * a character in the cast list, an amount in a sentence.
 */
final class ArticleWriter {
    private final FilmFacts f;
    private final Pick pick;
    private final StringBuilder out = new StringBuilder();

    private ArticleWriter(FilmFacts f, Pick pick) {
        this.f = f;
        this.pick = pick;
    }

    /** @return the article's text */
    static String write(FilmFacts f, Pick pick) {
        ArticleWriter w = new ArticleWriter(f, pick);
        w.heading();
        w.infobox();
        w.lead();
        w.plot();
        w.cast();
        if (pick.chance(0.7)) w.production();
        w.release();
        w.reception();
        return w.out.toString();
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private void heading() {
        String disambiguator = switch (pick.between(0, 9)) {
            case 0, 1, 2, 3, 4 -> " (film)";
            case 5, 6 -> " (" + f.year + " film)";
            default -> "";
        };
        line("= " + f.title + disambiguator + " =");
        line("");
        List<String> alternates = f.film.alternateTitles().stream().filter(Titles::usableAlternate).toList();
        if (pick.chance(0.6)) line(!alternates.isEmpty() && pick.chance(0.6) ? pick.one(alternates) : f.title);
    }

    private void infobox() {
        if (!f.directors.isEmpty()) field(pick.one("Director", "Directed by"), names(f.directors));
        field(pick.one("Producer", "Produced by", "Producers"), String.join(pick.one(", ", "; "), f.producers));
        field(pick.one("Writer", "Written by", "Screenplay by"), String.join(pick.one(" & ", " and "), f.writers));
        if (!f.roles.isEmpty()) field("Starring", names(f.roles.stream().limit(5).map(FilmFacts.Role::actor).toList()));
        field(pick.one("Music", "Music by"), pick.chance(0.1) ? "" : f.composer);
        field("Cinematography", f.cinematographer);
        field(pick.one("Edited by", "Editing"), f.editor);
        if (pick.chance(0.5)) field(pick.one("Studio", "Production company"), f.studio);
        field(pick.one("Distributor", "Distributed by"), f.distributor);
        field(pick.one("Released", "Release date", "Release dates"), pick.chance(0.08) ? "" : released());
        field(pick.one("Runtime", "Running time"), f.runtime + " minutes");
        field("Country", f.country.name());
        field("Language", f.country.language());
        if (pick.chance(0.4)) field("Budget", Formats.money(f.budget, f.country.currency(), pick));
        if (pick.chance(0.5)) field("Box office", Formats.money(f.gross, f.country.currency(), pick));
        line("");
    }

    private void field(String key, String value) {
        line("- " + key + ": " + value);
    }

    /** "A, B, C", "A, B and C" or "A and B". */
    private String names(List<String> names) {
        return pick.chance(0.5) ? String.join(", ", names) : Prose.list(names);
    }

    private String released() {
        String first = Formats.date(f.release, pick);
        if (pick.chance(0.5)) return first;
        return first + " (" + f.country.name() + "), " + Formats.date(f.foreignRelease, pick) + " ("
                + f.foreignCountry.name() + ")";
    }

    private void lead() {
        String subject = pick.chance(0.15) ? " " : f.title + " ";
        String directed = f.directors.isEmpty() || pick.chance(0.3) ? "" : " directed by " + Prose.list(f.directors);
        String sentence = subject + "is a " + Prose.kind(f) + directed + ".";
        String stars = pick.chance(0.6) ? " " + Prose.stars(f, pick, "It") : "";
        line(sentence + stars.stripTrailing() + " " + Prose.plot(f, pick, 0).get(0));
        line("");
    }

    private void plot() {
        line("==" + pick.one("Plot", "Plot", "Synopsis") + "==");
        List<String> sentences = Prose.plot(f, pick, pick.between(2, 6));
        int cut = pick.chance(0.7) ? sentences.size() / 2 : sentences.size();
        line(String.join(" ", sentences.subList(0, cut)));
        if (cut < sentences.size()) {
            line("");
            line(String.join(" ", sentences.subList(cut, sentences.size())));
        }
        line("");
    }

    private void cast() {
        if (f.roles.isEmpty()) return;
        line("==Cast==");
        for (FilmFacts.Role r : f.roles) {
            String character = pick.chance(0.1) ? "" : r.character();
            line("- " + r.actor() + " as " + character + ", " + r.description());
        }
        line("");
    }

    private void production() {
        line("==Production==");
        line("");
        line("===" + pick.one("Filming", "Development") + "===");
        line(String.join(" ", pick.some(Words.PRODUCTION, pick.between(1, 3)).stream()
                .map(t -> Prose.fill(t, f, pick)).toList()));
        line("");
        if (pick.chance(0.5)) {
            line("===Music===");
            line("The score was composed by " + f.composer + ", who recorded it with a small ensemble in "
                    + f.place + ". " + pick.one("The main theme is played on a single cello.",
                    "Two songs written for the film became popular on local radio.",
                    "The soundtrack album appeared a month before the film."));
            line("");
        }
    }

    private void release() {
        line("==Release==");
        List<String> s = new ArrayList<>();
        s.add("The film was released in " + pick.one("theaters", "cinemas") + " in " + f.country.inSentence() + " on "
                + Formats.date(f.release, pick) + (pick.chance(0.5) ? " by " + f.distributor : "") + ".");
        if (pick.chance(0.7)) {
            s.add("It opened in cinemas in " + f.foreignCountry.inSentence() + " on " + Formats.date(f.foreignRelease, pick)
                    + " by " + pick.one("local distributor ", "") + f.foreignDistributor + ".");
        }
        line(String.join(" ", s));
        line("");
        if (pick.chance(0.5)) {
            line("===Home media===");
            line("The film was released on " + f.medium + " on " + Formats.date(f.homeMedia, pick) + " by "
                    + f.distributor + ".");
            line("");
        }
    }

    private void reception() {
        line("==Reception==");
        line(pick.one(Words.RECEPTION));
        line("");
        line("===Box office===");
        String gross = pick.chance(0.08) ? "" : Formats.money(f.gross, f.country.currency(), pick) + " ";
        line("The film grossed a total of " + gross + "in " + f.country.inSentence() + ". Approximately "
                + Formats.count(f.admissions, pick) + " people saw it in cinemas during its first run.");
        line("");
        if (!f.awards.isEmpty()) awards();
    }

    private void awards() {
        line("===" + pick.one("Awards", "Accolades") + "===");
        line(pick.chance(0.6) ? "| Year | Award | Category | Result | Recipient |"
                : "| Year | Ceremony | Category | Outcome | Recipient(s) |");
        boolean spans = pick.chance(0.7);
        FilmFacts.Award previous = null;
        for (FilmFacts.Award a : f.awards) {
            line(row(a, spans ? previous : null));
            previous = a;
        }
    }

    /** A table row; cells that spanned from the row above are lost and the row ends with empty cells. */
    private static String row(FilmFacts.Award a, FilmFacts.Award above) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(a.year()), a.body(), a.category(), a.result(),
                Prose.list(a.recipients())));
        int lost = 0;
        if (above != null && above.year() == a.year()) {
            lost = above.body().equals(a.body()) ? 2 : 1;
        }
        String row = "| " + String.join(" | ", cells.subList(lost, cells.size())) + " |" + " |".repeat(lost);
        return row.replace("|  |", "| |");
    }
}
