package org.kinograph.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a forum page in one of two shapes: a hosted site's group page (page edges, site header,
 * member count, the author's name twice, an SEO title, download spam and a welcome text, in
 * English, German or French) with "Plot Summary", "Cast and Characters" blocks (an actor or a
 * character sometimes missing) and "Reviews and Reception"; or a thread of forum software
 * (breadcrumbs, "Re:" headline, "Posted by", "Joined", "Quote/Reply/Report", in English or German).
 */
final class ForumWriter {
    /** The chrome of a hosted group page in one language. */
    private record Chrome(String top, String site, String members, String download, String welcome, String bottom) {}

    private static final List<Chrome> HOSTED = List.of(
            new Chrome("top of page", "My Site %d Group", "Public·%d members", "Download Zip:",
                    "Welcome to the group! You can connect with other members, ge...", "bottom of page"),
            new Chrome("top of page", "My Site %d Gruppe", "Öffentlich·%d Mitglieder", "Download Zip:",
                    "Willkommen in der Gruppe! Hier können sich Mitglieder austau...", "bottom of page"),
            new Chrome("Seitenanfang", "Meine Website %d Gruppe", "Privat·%d Mitglieder", "Herunterladen: Datei",
                    "Willkommen in der Gruppe! Hier können sich Mitglieder austau...", "Seitenende"),
            new Chrome("haut de page", "Mon site %d Groupe", "Public·%d membres", "Télécharger le fichier :",
                    "Bienvenue dans le groupe ! Ici, les membres peuvent discu...", "bas de page"));

    private final FilmFacts f;
    private final Pick pick;
    private final StringBuilder out = new StringBuilder();

    private ForumWriter(FilmFacts f, Pick pick) {
        this.f = f;
        this.pick = pick;
    }

    /** @return the page's text */
    static String write(FilmFacts f, Pick pick) {
        ForumWriter w = new ForumWriter(f, pick);
        if (pick.chance(0.7)) w.hosted(pick.one(HOSTED));
        else w.thread(pick.chance(0.6));
        return w.out.toString();
    }

    private void para(String s) {
        out.append(s).append("\n\n");
    }

    private void hosted(Chrome c) {
        String author = person();
        para(c.top());
        para(String.format(Locale.ROOT, c.site(), pick.between(1, 9)));
        out.append(String.format(Locale.ROOT, c.members(), pick.between(8, 950))).append('\n');
        out.append(author).append('\n').append(author).append("\n\n");
        para(seoTitle());
        para(f.title + " - " + pick.one(Words.TAGLINES));
        para(intro(true));
        para(c.download());
        para("Plot Summary");
        List<String> plot = Prose.plot(f, pick, pick.between(2, 5));
        para(String.join(" ", plot.subList(0, plot.size() / 2)));
        para(String.join(" ", plot.subList(plot.size() / 2, plot.size())));
        castBlocks();
        para("Reviews and Reception");
        para(reception());
        para(String.join(" ", Prose.opinions(f, pick, 2)) + " " + pick.one(Words.CLOSINGS));
        out.append('\n');
        para(c.welcome());
        out.append('\n').append(c.bottom()).append('\n');
    }

    /** The film's name run together with a word and a number, as spam pages title themselves. */
    private String seoTitle() {
        StringBuilder b = new StringBuilder();
        boolean cased = true;
        for (String w : f.title.split("[^\\p{L}\\p{N}'’]+")) {
            if (w.isEmpty()) continue;
            String cap = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
            cased &= Character.isUpperCase(cap.codePointAt(0)) || Character.isDigit(cap.codePointAt(0));
            b.append(cap).append(' ');
        }
        String word = cased ? pick.one("Film", "Movie", "Full Movie") : "Full Movie";
        return b + word + " " + pick.between(1, 99);
    }

    /** The first paragraph: what the film is, who made it and who is in it. */
    private String intro(boolean money) {
        List<String> s = new ArrayList<>();
        s.add(f.title + " is a " + Prose.kind(f) + (f.directors.isEmpty() ? "" : " directed by " + Prose.list(f.directors))
                + ".");
        String stars = Prose.stars(f, pick, pick.one("The film", "It"));
        if (!stars.isEmpty()) s.add(stars);
        if (money) {
            s.add("The film was a box office hit in " + f.country.inSentence() + ", grossing over "
                    + Formats.money(f.gross, f.country.currency(), pick) + ".");
        }
        if (pick.chance(0.15)) s.add("It was later adapted into a stage play in " + (f.year + 2) + ".");
        return String.join(" ", s);
    }

    private void castBlocks() {
        if (f.roles.isEmpty()) return;
        out.append("Cast and Characters\n\n\n\n");
        for (FilmFacts.Role r : f.roles) {
            double lose = pick.decimal(0, 1);
            String description = Prose.capitalised(r.description()) + ".";
            if (lose < 0.1) out.append(r.actor()).append("\n\n\n").append(description).append("\n\n");
            else if (lose < 0.2) out.append('\n').append(r.character()).append("\n\n").append(description).append("\n\n");
            else out.append(r.actor()).append("\n\n").append(r.character()).append("\n\n").append(description).append("\n\n");
        }
    }

    private String reception() {
        List<String> s = new ArrayList<>();
        s.add(pick.one(Words.RECEPTION));
        s.add(Prose.ratings(f, "The film has a rating of"));
        s.add("It was a commercial success in " + f.country.inSentence() + ", earning a total of "
                + String.format(Locale.ROOT, "%s%,d", f.country.currency(), f.gross) + ".");
        String awards = Prose.awards(f, pick);
        if (!awards.isEmpty()) s.add(awards);
        return String.join(" ", s);
    }

    private void thread(boolean english) {
        String user = username();
        String last = f.title + " (" + f.year + ")";
        if (last.length() <= 60) para(pick.one(Words.FORUMS) + " » " + pick.one(Words.BOARDS) + " » " + last);
        para("Re: " + f.title + " (" + f.year + ") - " + pick.one(Words.TAGLINES).toLowerCase(Locale.ROOT));
        LocalDate posted = f.release.plusDays(pick.between(200, 4000));
        LocalDate joined = posted.minusDays(pick.between(100, 3000));
        String time = pick.between(1, 12) + ":" + String.format(Locale.ROOT, "%02d", pick.between(0, 59));
        if (english) {
            out.append("Posted by: ").append(user).append(" on ").append(Formats.monthDayYear(posted)).append(' ')
                    .append(time).append(pick.one(" am", " pm")).append('\n');
            out.append("Joined: ").append(Formats.dayMonthYear(joined)).append('\n');
            out.append("Posts: ").append(String.format(Locale.ROOT, "%,d", pick.between(3, 4000))).append("\n\n");
        } else {
            out.append("Verfasst von: ").append(user).append(" am ").append(dotted(posted)).append(' ').append(time)
                    .append('\n');
            out.append("Mitglied seit: ").append(dotted(joined)).append('\n');
            out.append("Beiträge: ").append(pick.between(3, 999)).append("\n\n");
        }
        para(intro(false) + " " + Prose.opinions(f, pick, 1).get(0));
        para("For anyone who has not seen it: " + String.join(" ", Prose.plot(f, pick, 1)));
        para((Prose.ratings(f, "Some numbers for the thread: it holds") + " " + Prose.awards(f, pick)).strip());
        para(Prose.opinions(f, pick, 1).get(0) + " " + pick.one(Words.CLOSINGS));
        out.append(english ? "Quote\nReply\nReport\n" : "Zitieren\nAntworten\nMelden\n");
    }

    private static String dotted(LocalDate d) {
        return String.format(Locale.ROOT, "%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private String person() {
        return pick.one(Words.GIVEN) + " " + pick.one(Words.FAMILY);
    }

    private String username() {
        return (pick.one(Words.GIVEN) + pick.one("_", ".", "") + pick.one(Words.FAMILY)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z._]", "") + pick.between(1, 99);
    }
}
