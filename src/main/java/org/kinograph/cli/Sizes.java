package org.kinograph.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes written on the command line: bytes, or a number with K, M or G (powers of 1024). */
final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*([kmg]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

    private Sizes() {}

    /**
     * @param text e.g. "4M", "512k", "1048576"
     * @return the number of bytes
     * @throws UsageException when the text is not a size
     */
    static long parse(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) throw new UsageException("not a size: " + text + " (bytes, or a number with K, M or G)");
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), 1L << shift);
        } catch (ArithmeticException e) {
            throw new UsageException("size too large: " + text);
        }
    }
}
