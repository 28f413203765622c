package org.kinograph.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in the forms documents use: "2007-11-03", "3 November 2007",
 * "November 3, 2007", "November 3rd 2007", "Nov. 3, 2007", "3. November 2007", "03.11.2007".
 */
public final class Dates {
    /** A date found in text, with its place. */
    public record Found(LocalDate date, int begin, int end) {}

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Januar|Februar|März|Maerz"
            + "|Juni|Juli|Oktober|Dezember)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern ANY = Pattern.compile(
            "\\b(?<iy>\\d{4})[-/](?<im>\\d{1,2})[-/](?<id>\\d{1,2})\\b"
            + "|\\b(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?<dm>" + MONTH.substring(1) + "\\.?,?\\s+(?<dy>\\d{4})\\b"
            + "|\\b(?<mm>" + MONTH.substring(1) + "\\.?\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<my>\\d{4})\\b"
            + "|\\b(?<nd>\\d{1,2})\\.(?<nm>\\d{1,2})\\.(?<ny>\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    private Dates() {}

    /** @return every valid date in the text, in order. */
    public static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            LocalDate d = toDate(m);
            if (d != null) out.add(new Found(d, m.start(), m.end()));
        }
        return out;
    }

    /** @return the first date in the text, or null. */
    public static Found first(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? null : all.get(0);
    }

    private static LocalDate toDate(Matcher m) {
        if (m.group("iy") != null) return date(m.group("iy"), m.group("im"), m.group("id"));
        if (m.group("dy") != null) return date(m.group("dy"), month(m.group("dm")), m.group("dd"));
        if (m.group("my") != null) return date(m.group("my"), month(m.group("mm")), m.group("md"));
        return date(m.group("ny"), m.group("nm"), m.group("nd"));
    }

    private static String month(String name) {
        Integer n = MONTHS.get(name.toLowerCase(Locale.ROOT));
        return n == null ? null : n.toString();
    }

    private static LocalDate date(String y, String mo, String d) {
        if (mo == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        return Map.ofEntries(
                Map.entry("january", 1), Map.entry("jan", 1), Map.entry("januar", 1),
                Map.entry("february", 2), Map.entry("feb", 2), Map.entry("februar", 2),
                Map.entry("march", 3), Map.entry("mar", 3), Map.entry("märz", 3), Map.entry("maerz", 3),
                Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
                Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juni", 6),
                Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juli", 7),
                Map.entry("august", 8), Map.entry("aug", 8),
                Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
                Map.entry("october", 10), Map.entry("oct", 10), Map.entry("oktober", 10),
                Map.entry("november", 11), Map.entry("nov", 11),
                Map.entry("december", 12), Map.entry("dec", 12), Map.entry("dezember", 12));
    }
}
