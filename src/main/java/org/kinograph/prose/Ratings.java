package org.kinograph.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.RatingEntry;
import org.kinograph.model.Value;

/**
 * Third-party ratings stated in prose: "8.2 out of 10 on IMDb", "4.1/5 at Letterboxd", "a 97%
 * approval rating on Rotten Tomatoes" (best 100), "IMDb rating: 7.4/10". Only the rating sites
 * listed here count, so that "8 out of 10 people" or a reviewer's own score is not taken for one.
 */
public final class Ratings {
    /** Film rating sites and databases, as they are usually written. */
    static final String SITES = "IMDb|IMDB|Rotten Tomatoes|Metacritic|MyDramaList|AsianWiki|Letterboxd|Douban"
            + "|Filmarks|MyAnimeList|Kinopoisk|KinoPoisk|AlloCin[ée]|Moviepilot|TMDb|The Movie Database|Filmweb"
            + "|FilmAffinity|Filmaffinity|Yahoo!? Movies|Naver Movies|Naver|eiga\\.com|Eiga\\.com|ČSFD|CSFD"
            + "|Criticker|Trakt|Kinorium|MUBI|Mubi|OFDb|SensCritique|Filmstarts|Cinemagia|HanCinema";
    private static final String NUMBER = "(\\d{1,3}(?:[.,]\\d{1,2})?)";
    private static final Pattern SCALE_ON_SITE = Pattern.compile(
            "(?<![\\d.,])" + NUMBER + "\\s*(?:out of|/|of)\\s*" + NUMBER
            + "(?:\\s+(?:stars|points))?\\s+(?:on|at|from|by|in)\\s+(?:the\\s+)?(" + SITES + ")\\b");
    private static final Pattern PERCENT_ON_SITE = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3})\\s*(%)(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:on|at|from)\\s+(?:the\\s+)?(" + SITES + ")\\b");
    private static final Pattern SITE_LABEL = Pattern.compile(
            "\\b(" + SITES + ")(?:\\s+(?:user\\s+)?(?:rating|score))?\\s*[:=]\\s*" + NUMBER + "\\s*(?:/|out of)\\s*" + NUMBER);

    private Ratings() {}

    /** @return the ratings stated in the text, in order. */
    public static List<RatingEntry> read(Value text, String rule, double confidence) {
        List<RatingEntry> out = new ArrayList<>();
        // every pattern reads a number, a percentage needs '%', a site's label ':' or '=': most
        // sentences have none of these and are not searched for dozens of site names
        if (text == null || text.text().chars().noneMatch(c -> c >= '0' && c <= '9')) return out;
        String t = text.text();
        List<int[]> seen = new ArrayList<>();
        Matcher m = SCALE_ON_SITE.matcher(t);
        while (m.find()) {
            out.add(new RatingEntry(text.sub(m.start(1), m.end(1)), text.sub(m.start(2), m.end(2)),
                    text.sub(m.start(3), m.end(3)), rule, confidence));
            seen.add(new int[] {m.start(), m.end()});
        }
        Matcher p = PERCENT_ON_SITE.matcher(t);
        boolean hasPercent = t.indexOf('%') >= 0;
        while (hasPercent && p.find()) {
            Value percent = text.sub(p.start(2), p.end(2));
            out.add(new RatingEntry(text.sub(p.start(1), p.end(1)), new Value("100", percent.begin(), percent.end()),
                    text.sub(p.start(3), p.end(3)), rule, confidence));
        }
        Matcher l = SITE_LABEL.matcher(t);
        boolean hasLabel = t.indexOf(':') >= 0 || t.indexOf('=') >= 0;
        while (hasLabel && l.find()) {
            final int s = l.start();
            if (seen.stream().anyMatch(r -> s >= r[0] && s < r[1])) continue;
            out.add(new RatingEntry(text.sub(l.start(2), l.end(2)), text.sub(l.start(3), l.end(3)),
                    text.sub(l.start(1), l.end(1)), rule, confidence));
        }
        out.sort((a, b) -> Integer.compare(a.value().begin(), b.value().begin()));
        return out;
    }
}
