package org.kinograph.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts written with scale words: "3.14 million people", "2,500,000 viewers". */
public final class Numbers {
    /** A count found in text. */
    public record Found(BigDecimal value, int begin, int end) {}

    private static final Pattern AUDIENCE = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(million|thousand|billion)?\\s+"
            + "(?:people|viewers|admissions|spectators|moviegoers|cinemagoers|filmgoers|tickets|visitors)\\b",
            Pattern.CASE_INSENSITIVE);

    private Numbers() {}

    /** @return the first audience figure in the text, or null. */
    public static Found audience(String text) {
        Matcher m = AUDIENCE.matcher(text);
        if (!m.find()) return null;
        BigDecimal v = new BigDecimal(m.group(1).replace(",", "")).multiply(scale(m.group(2)));
        return new Found(plain(v), m.start(), m.end());
    }

    /** @return the multiplier of a scale word (null or unknown = 1). */
    static BigDecimal scale(String word) {
        if (word == null) return BigDecimal.ONE;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "lakh" -> BigDecimal.valueOf(100_000);
            case "million", "m" -> BigDecimal.valueOf(1_000_000);
            case "crore" -> BigDecimal.valueOf(10_000_000);
            case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.ONE;
        };
    }

    /** @return the value without exponent or trailing zeros after the point. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
