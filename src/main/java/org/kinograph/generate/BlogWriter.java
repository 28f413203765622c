package org.kinograph.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a blog review as text copied from a blog page, or as the page's HTML: a headline that
 * labels the film ("Title (French Movie)", "Title (2009)", "Review: …", "… - Review"), a byline,
 * a first-person post with labelled lines ("Movie:", "Release date:", "Director:", "Starring:"),
 * the plot, casting sentences ("Ada is played by X"), ratings, the reviewer's own rating, then
 * the blog's chrome: "Categories:", "Tagged as:", "N replies »", "Leave a Reply", follow boxes,
 * archive months.
 */
final class BlogWriter {
    private final FilmFacts f;
    private final Pick pick;
    private final StringBuilder out = new StringBuilder();
    private final List<String> names;

    private BlogWriter(FilmFacts f, Pick pick) {
        this.f = f;
        this.pick = pick;
        this.names = Stream.of(List.of(f.title), f.directors, f.characters,
                f.roles.stream().map(FilmFacts.Role::actor).toList()).flatMap(List::stream).toList();
    }

    /** @return the post's text */
    static String write(FilmFacts f, Pick pick) {
        BlogWriter w = new BlogWriter(f, pick);
        if (pick.chance(0.3)) w.html();
        else w.plain();
        return w.out.toString();
    }

    private void para(String s) {
        out.append(s).append("\n\n");
    }

    private void plain() {
        int form = pick.between(0, 4);
        para(headline(form));
        LocalDate posted = f.release.plusDays(pick.between(30, 3000));
        para(byline(posted));
        String intro = Prose.titledOpinion(f, pick);
        para(intro);
        List<String> labelled = labelled(form >= 1 && form <= 3);
        if (!labelled.isEmpty()) para(String.join("\n", labelled));
        para("The Plot:");
        para(String.join(" ", Prose.plot(f, pick, pick.between(1, 4))));
        para("My opinion: " + String.join(" ", Prose.opinions(f, pick, 3).stream().filter(o -> !o.equals(intro))
                .limit(2).toList()));
        if (!f.roles.isEmpty()) para(String.join(" ", Prose.casting(f, pick)));
        if (pick.chance(0.5)) para((Prose.ratings(f, "It holds") + " " + Prose.awards(f, pick)).strip());
        if (pick.chance(0.5)) para(ownRating());
        chrome(posted);
    }

    /** Headline forms 1 to 3 carry the year. */
    private String headline(int form) {
        return switch (form) {
            case 0 -> f.title + " (" + f.country.adjective() + " Movie)";
            case 1 -> f.title + " (" + f.year + " film)";
            case 2 -> f.title + " (" + f.year + ")";
            case 3 -> "Review: " + f.title + " (" + f.year + ")";
            default -> f.title + " - Review";
        };
    }

    private String byline(LocalDate posted) {
        String who = pick.one(Words.GIVEN) + " " + (pick.chance(0.3) ? pick.one(Words.FAMILY).charAt(0) + "."
                : pick.one(Words.FAMILY));
        return switch (pick.between(0, 2)) {
            case 0 -> "Posted on " + Formats.monthDayYear(posted) + " by " + who;
            case 1 -> "Posted by " + who + " on " + Formats.dayMonthYear(posted);
            default -> "By " + who;
        };
    }

    /** The "Key: value" lines; the year is given by one of them when the headline has none. */
    private List<String> labelled(boolean headlineHasYear) {
        List<String> lines = new ArrayList<>();
        List<String> alternates = f.film.alternateTitles().stream().filter(Titles::usableAlternate).toList();
        String alternate = alternates.isEmpty() ? null : alternates.get(0);
        if (pick.chance(0.5)) lines.add("Movie: " + f.title + (alternate != null ? " (" + alternate + ")" : ""));
        else if (alternate != null && pick.chance(0.5)) lines.add("Original title: " + alternate);
        boolean date = pick.chance(0.7);
        if (date) lines.add("Release date: " + Formats.date(f.release, pick));
        if (!headlineHasYear && !date) lines.add("Year: " + f.year);
        if (!f.directors.isEmpty() && pick.chance(0.6)) lines.add("Director: " + Prose.list(f.directors));
        if (!f.roles.isEmpty() && pick.chance(0.5)) {
            lines.add("Starring: " + Prose.list(f.roles.stream().limit(3).map(FilmFacts.Role::actor).toList()));
        }
        if (pick.chance(0.4)) lines.add("Running time: " + f.runtime + " minutes");
        return lines;
    }

    private String ownRating() {
        String score = pick.chance(0.5) ? String.valueOf(pick.between(4, 10))
                : String.format(Locale.ROOT, "%.1f", pick.between(8, 19) / 2.0);
        return "My rating: " + score + "/10";
    }

    private void chrome(LocalDate posted) {
        para("Categories: " + pick.one("Film reviews", "Movies", "Reviews") + ", " + Prose.capitalised(f.genre));
        para("Tagged as: " + (pick.chance(0.4) ? ", ," : String.join(", ", tags())));
        para(pick.between(0, 12) + " replies »");
        para("Leave a Reply");
        if (pick.chance(0.5)) para("Untitled-3icon_fbicon_twi");
        para("Follow Blog via Email");
        para("Enter your email address to follow this blog and receive notifications of new posts by email.");
        out.append(Formats.month(posted)).append(' ').append(posted.getYear()).append("\n\n");
        LocalDate before = posted.minusMonths(1);
        out.append(Formats.month(before)).append(' ').append(before.getYear()).append('\n');
    }

    private List<String> tags() {
        List<String> tags = new ArrayList<>();
        tags.add(f.title.toLowerCase(Locale.ROOT));
        tags.add(f.genre);
        if (!f.directors.isEmpty()) tags.add(f.directors.get(0).toLowerCase(Locale.ROOT));
        return tags;
    }

    private void html() {
        out.append("<div class=\"site-title\">").append(pick.one(Words.BLOG_NAMES)).append("</div>\n");
        out.append("<h1 class=\"entry-title\">").append(Html.escape(headline(pick.between(0, 2)))).append("</h1>\n");
        out.append("<div class=\"byline\">By ").append(pick.one(Words.GIVEN)).append(' ')
                .append(pick.one(Words.FAMILY)).append("</div>\n<div class=\"entry-content\">\n");
        p(Prose.titledOpinion(f, pick));
        List<String> labelled = labelled(false);
        if (!labelled.isEmpty()) {
            out.append("<p>").append(String.join("<br />\n", labelled.stream().map(this::html).toList())).append("</p>\n");
        }
        p(String.join(" ", Prose.plot(f, pick, pick.between(1, 3))));
        if (!f.roles.isEmpty()) p(String.join(" ", Prose.casting(f, pick)));
        p((Prose.ratings(f, "It holds") + " " + Prose.awards(f, pick)).strip());
        if (pick.chance(0.6)) p(ownRating());
        out.append("</div>\n<p>Posted in ").append(Prose.capitalised(f.genre)).append(", Reviews</p>\n");
        out.append("<p>Tags: ").append(html(String.join(", ", tags()))).append("</p>\n");
        out.append("<p>").append(pick.between(0, 9)).append(" Comments &raquo;</p>\n<h3>Leave a Reply</h3>\n");
        LocalDate month = f.release.plusMonths(pick.between(2, 60));
        out.append("<aside><h2>Archives</h2><ul><li>").append(Formats.month(month)).append(' ').append(month.getYear())
                .append("</li></ul></aside>\n");
    }

    private void p(String text) {
        out.append("<p>").append(html(text)).append("</p>\n");
    }

    private String html(String text) {
        return Html.entities(text, names);
    }
}
