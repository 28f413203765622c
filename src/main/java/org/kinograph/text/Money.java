package org.kinograph.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money ("$36,684,020", "US$79 million", "¥3.9 billion", "3.9 billion yen",
 * "DM 9.6 million", "€4.8 million") and gives value and ISO 4217 currency.
 */
public final class Money {
    /** An amount found in text. */
    public record Found(BigDecimal value, String currency, int begin, int end) {}

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("us$", "USD"), Map.entry("$", "USD"), Map.entry("usd", "USD"),
            Map.entry("hk$", "HKD"), Map.entry("nt$", "TWD"), Map.entry("a$", "AUD"), Map.entry("ca$", "CAD"),
            Map.entry("¥", "JPY"), Map.entry("￥", "JPY"), Map.entry("jpy", "JPY"), Map.entry("yen", "JPY"),
            Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("₩", "KRW"), Map.entry("krw", "KRW"),
            Map.entry("won", "KRW"), Map.entry("dm", "DEM"), Map.entry("dollars", "USD"), Map.entry("₹", "INR"),
            Map.entry("rs", "INR"), Map.entry("rs.", "INR"), Map.entry("inr", "INR"));
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s*(million|billion|thousand|crore|lakh|m\\b|bn\\b))?";
    // Not after a letter: "years 5" and "amateur 8" hold no rupees or euros.
    private static final Pattern PREFIXED = Pattern.compile(
            "(?<!\\p{L})(US\\$|HK\\$|NT\\$|A\\$|CA\\$|\\$|¥|￥|€|£|₩|₹|Rs\\.?|DM|USD|EUR|JPY|GBP|KRW|INR)\\s?" + NUMBER + SCALE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIXED = Pattern.compile(
            NUMBER + SCALE + "\\s*(yen|euros?|dollars|won|USD|EUR|JPY|GBP|KRW)\\b", Pattern.CASE_INSENSITIVE);

    private Money() {}

    /** @return the amounts in the text, in order of appearance. */
    public static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        collect(PREFIXED.matcher(text), 1, 2, 3, out);
        collect(SUFFIXED.matcher(text), 3, 1, 2, out);
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        out.removeIf(f -> out.stream().anyMatch(g -> g != f && g.begin() <= f.begin() && g.end() > f.begin()
                && out.indexOf(g) < out.indexOf(f)));
        return out;
    }

    /** @return the first amount in the text, or null. */
    public static Found first(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** "In 2007 won three awards": a bare year followed by the verb "won" is no amount of won. */
    private static boolean isYearBeforeVerbWon(Matcher m, int cur, int num, int scale) {
        return m.group(cur).equalsIgnoreCase("won") && m.group(scale) == null
                && m.group(num).matches("(?:1[89]|20)\\d{2}");
    }

    private static void collect(Matcher m, int cur, int num, int scale, List<Found> out) {
        while (m.find()) {
            String currency = SYMBOLS.get(m.group(cur).toLowerCase(Locale.ROOT));
            if (currency == null || isYearBeforeVerbWon(m, cur, num, scale)) continue;
            BigDecimal v = new BigDecimal(m.group(num).replace(",", "")).multiply(Numbers.scale(m.group(scale)));
            out.add(new Found(Numbers.plain(v), currency, m.start(), m.end()));
        }
    }
}
