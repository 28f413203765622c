package org.kinograph.generate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kinograph.vocab.Ids;

/**
 * Writes a static-site post: YAML front matter (title, date with time and offset, author,
 * categories, tags, sometimes a rating, a link to a Wikipedia-style page, the year, genres and
 * crew) and a Markdown body, as a Jekyll or Hugo site keeps it; or a WordPress export with
 * {@code guid}, {@code permalink}, {@code geo_latitude}/{@code geo_longitude}/{@code geo_address}
 * lists, PHP-serialized {@code tagazine-media} and an HTML body with character references.
 */
final class StaticPostWriter {
    private final FilmFacts f;
    private final Pick pick;
    private final StringBuilder out = new StringBuilder();
    private final LocalDateTime posted;
    private final List<String> names;

    private StaticPostWriter(FilmFacts f, Pick pick) {
        this.f = f;
        this.pick = pick;
        this.posted = f.release.plusDays(pick.between(20, 3000)).atTime(pick.between(0, 23), pick.between(0, 59),
                pick.between(0, 59));
        this.names = Stream.of(List.of(f.title), f.directors, f.characters,
                f.roles.stream().map(FilmFacts.Role::actor).toList()).flatMap(List::stream).toList();
    }

    /** @return the post's text */
    static String write(FilmFacts f, Pick pick) {
        StaticPostWriter w = new StaticPostWriter(f, pick);
        if (pick.chance(0.4)) w.wordpress();
        else w.jekyll();
        return w.out.toString();
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    /** The headline: the title, "Title (2009)", "Title: tagline" or "lead-in: Title". */
    private String headline(int form) {
        return switch (form) {
            case 0 -> f.title;
            case 1 -> f.title + " (" + f.year + ")";
            case 2 -> f.title + ": " + pick.one(Words.POST_TAGLINES);
            default -> pick.one(Words.POST_LEAD_INS) + ": " + f.title;
        };
    }

    private void jekyll() {
        int form = pick.between(0, 3);
        boolean link = pick.chance(0.6);
        boolean linkYear = link && pick.chance(0.5);
        line("---");
        line("layout: post");
        line("title: " + Yaml.quoted(headline(form)));
        line("date: " + jekyllDate());
        line("author: " + username());
        keywords();
        if (pick.chance(0.6)) line("rating: " + pick.one("4.5", "4", "3.5", "5", "8/10", "7 out of 10", "3.5/5"));
        if (form != 1 && !linkYear || pick.chance(0.5)) line("year: " + f.year);
        if (pick.chance(0.5)) line("genre: [" + Prose.capitalised(f.genre) + "]");
        if (!f.directors.isEmpty() && pick.chance(0.5)) line("director: " + Yaml.plainOrQuoted(Prose.list(f.directors)));
        if (!f.roles.isEmpty() && pick.chance(0.5)) line("starring: " + Yaml.plainOrQuoted(actors(3)));
        if (link) line("link: " + wikipedia("https://en.wikipedia.org/wiki/", linkYear));
        if (pick.chance(0.2)) line("image: " + pick.one("poster.jpg", "https://images.example.org/posters/" + Ids.slug(f.title) + ".jpg"));
        line("---");
        line("");
        markdownBody(link);
    }

    private String jekyllDate() {
        String day = posted.toLocalDate().toString();
        String time = String.format(Locale.ROOT, "%02d:%02d:%02d", posted.getHour(), posted.getMinute(), posted.getSecond());
        return switch (pick.between(0, 3)) {
            case 0 -> day;
            case 1 -> posted.getYear() + "-" + posted.getMonthValue() + "-" + posted.getDayOfMonth() + " " + time + " "
                    + pick.one("+0530", "-0500", "+0200", "+0000");
            case 2 -> day + "T" + time + pick.one("+00:00", "+09:00", "-07:00", "Z");
            default -> day + " " + time.substring(0, 5);
        };
    }

    /** Categories and tags; the title is a tag, so a headline with a tagline still names the film. */
    private void keywords() {
        List<String> tags = new ArrayList<>(List.of(f.title.toLowerCase(Locale.ROOT)));
        if (!f.directors.isEmpty()) tags.add(f.directors.get(0).toLowerCase(Locale.ROOT));
        f.roles.stream().limit(2).forEach(r -> tags.add(r.actor().toLowerCase(Locale.ROOT)));
        tags.add(f.country.adjective().toLowerCase(Locale.ROOT) + " cinema");
        List<String> categories = List.of(pick.one("Movie Review", "Film Reviews", "Reviews"), Prose.capitalised(f.genre));
        if (pick.chance(0.5)) {
            line("categories: " + Yaml.flow(categories));
            line("tags: " + Yaml.flow(tags));
        } else {
            Yaml.block(out, "categories", categories);
            Yaml.block(out, "tags", tags);
        }
    }

    private String actors(int n) {
        return Prose.list(f.roles.stream().limit(n).map(FilmFacts.Role::actor).toList());
    }

    /** A Wikipedia-style address of the film's page, with a "(2009 film)" disambiguator when asked. */
    private String wikipedia(String prefix, boolean year) {
        String page = f.title.replace(' ', '_') + (year ? "_(" + f.year + "_film)" : "");
        String encoded = URLEncoder.encode(page, StandardCharsets.UTF_8).replace("%28", "(").replace("%29", ")")
                .replace("%27", "'").replace("%2C", ",");
        return prefix + encoded;
    }

    private void markdownBody(boolean linked) {
        String title = linked || pick.chance(0.5) ? "*" + f.title + "*"
                : "[" + f.title + "](" + wikipedia("https://en.wikipedia.org/wiki/", false) + " \"Wikipedia\")";
        line("I saw " + title + " " + pick.one("again this summer.", "for the first time last week.",
                "on a long flight.") + " " + Prose.opinions(f, pick, 1).get(0));
        line("");
        line(String.join(" ", Prose.plot(f, pick, pick.between(2, 4))));
        line("");
        if (!f.roles.isEmpty()) {
            line("- " + String.join("\n- ", Prose.casting(f, pick)));
            line("");
        }
        line("> " + Prose.opinions(f, pick, 1).get(0));
        line("");
        if (pick.chance(0.4)) line("![A still from the film](/images/" + Ids.slug(f.title) + "-still.jpg)");
    }

    private void wordpress() {
        int id = pick.between(100, 9999);
        String user = username();
        String site = "http://" + user.replace("_", "") + ".example.com";
        int form = pick.between(1, 3);
        line("---");
        line("id: " + id);
        line("title: " + Yaml.singleQuoted(headline(form)));
        line("date: " + posted.toLocalDate() + "T" + String.format(Locale.ROOT, "%02d:%02d:%02d", posted.getHour(),
                posted.getMinute(), posted.getSecond()) + pick.one("+00:00", "+05:30", "-04:00"));
        line("author: " + user);
        line("layout: post");
        line("guid: " + site + "/?p=" + id);
        line("permalink: /" + posted.getYear() + "/" + String.format(Locale.ROOT, "%02d/%02d", posted.getMonthValue(),
                posted.getDayOfMonth()) + "/" + Ids.slug(f.title) + "/");
        if (pick.chance(0.5)) geotag();
        String image = "http://images.example.org/posters/" + Ids.slug(f.title) + "/normal";
        if (pick.chance(0.6)) media(image);
        Yaml.block(out, "categories", List.of("Movie Reviews", "Reviews"));
        Yaml.block(out, "tags", List.of(f.title.toLowerCase(Locale.ROOT), f.genre));
        line("---");
        htmlBody(image, form != 1 || pick.chance(0.3));
    }

    private void geotag() {
        Yaml.blockRaw(out, "geo_latitude", "\"" + String.format(Locale.ROOT, "%.6f", pick.decimal(-60, 70)) + "\"");
        Yaml.blockRaw(out, "geo_longitude", "\"" + String.format(Locale.ROOT, "%.6f", pick.decimal(-170, 170)) + "\"");
        Yaml.blockRaw(out, "geo_accuracy", "\"" + pick.between(5, 900) + "\"");
        Yaml.block(out, "geo_address", List.of(f.place.toLowerCase(Locale.ROOT) + ", "
                + f.country.name().toLowerCase(Locale.ROOT)));
        Yaml.blockRaw(out, "geo_public", "\"1\"");
    }

    /** WordPress's PHP-serialized media metadata: {@code s:N:"…"} counts UTF-8 bytes. */
    private void media(String image) {
        String php = "a:3:{" + php("primary") + php(image) + php("images") + "a:0:{}" + php("videos") + "a:0:{}}";
        line("tagazine-media:");
        line("  - " + Yaml.singleQuoted(php));
    }

    private static String php(String s) {
        return "s:" + s.getBytes(StandardCharsets.UTF_8).length + ":\"" + s + "\";";
    }

    /** The body; its Wikipedia link gives the year when the headline has none. */
    private void htmlBody(String image, boolean linkYear) {
        line("[<img class=\"aligncenter\" title=\"Poster\" src=\"" + image + "\" alt=\"Movie poster\" width=\"320\" "
                + "height=\"320\" />](" + image + ")");
        line("  ");
        String link = "<a class=\"zem_slink\" title=\"" + Html.escape(f.title) + "\" href=\""
                + wikipedia("http://en.wikipedia.org/wiki/", linkYear) + "\" rel=\"wikipedia\">"
                + Html.escape(f.title) + "</a>";
        String opening = Html.entities(Prose.fill(pick.one(Words.POST_OPENINGS), f, pick), names);
        line(opening.replaceFirst(Pattern.quote(Html.escape(f.title)), Matcher.quoteReplacement(link)));
        line("");
        line("**Note: Following content may contain Spoilers");
        line("  ");
        line("** " + Html.entities(String.join(" ", Prose.plot(f, pick, pick.between(1, 3))), names));
        line("  ");
        line(Html.entities(Prose.opinions(f, pick, 1).get(0), names));
    }

    private String username() {
        return (pick.one(Words.GIVEN) + pick.one("_", "")).toLowerCase(Locale.ROOT)
                + pick.one(Words.FAMILY).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
