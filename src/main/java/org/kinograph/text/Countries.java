package org.kinograph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises country names ("Japan", "the United States", "USA", "UK", "Hong Kong") and gives one
 * canonical English name for each, so that every spelling mints the same Country.
 */
public final class Countries {
    /** A country named in text. */
    public record Found(String canonical, int begin, int end) {}

    private static final Map<String, String> CANONICAL = build();
    private static final Pattern ANY = pattern();

    private Countries() {}

    /** @return the canonical English name of a country name or alias, or null when unknown. */
    public static String canonical(String name) {
        String key = name.trim().replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT);
        return CANONICAL.get(key);
    }

    /** @return the countries named in the text, in order. */
    public static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            out.add(new Found(CANONICAL.get(m.group().toLowerCase(Locale.ROOT)), m.start(), m.end()));
        }
        return out;
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        Map<String, String> overrides = Map.of("US", "United States", "GB", "United Kingdom",
                "HK", "Hong Kong", "MO", "Macao", "KR", "South Korea", "KP", "North Korea",
                "TW", "Taiwan", "CN", "China", "RU", "Russia", "CZ", "Czech Republic");
        for (String cc : Locale.getISOCountries()) {
            String display = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
            String canonical = overrides.getOrDefault(cc, display);
            m.put(display.toLowerCase(Locale.ROOT), canonical);
            m.put(canonical.toLowerCase(Locale.ROOT), canonical);
        }
        String[][] aliases = {
            {"usa", "United States"}, {"us", "United States"}, {"u.s.", "United States"}, {"u.s.a.", "United States"},
            {"united states of america", "United States"},
            {"uk", "United Kingdom"}, {"u.k.", "United Kingdom"}, {"britain", "United Kingdom"},
            {"great britain", "United Kingdom"}, {"england", "United Kingdom"},
            {"korea", "South Korea"}, {"republic of korea", "South Korea"},
            {"republic of china", "Taiwan"}, {"people's republic of china", "China"},
            {"deutschland", "Germany"}, {"west germany", "West Germany"}, {"east germany", "East Germany"},
            {"soviet union", "Soviet Union"}, {"ussr", "Soviet Union"}, {"holland", "Netherlands"},
            {"japan", "Japan"}, {"nippon", "Japan"}};
        for (String[] a : aliases) m.put(a[0], a[1]);
        return Map.copyOf(m);
    }

    private static Pattern pattern() {
        String alternatives = CANONICAL.keySet().stream()
                .filter(k -> k.length() > 2 || k.equals("uk"))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }
}
