package org.kinograph.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads running times ("129 minutes", "119 min.", "2 h 9 min", "2 hours") as minutes. */
public final class Durations {
    private static final Pattern HOURS = Pattern.compile(
            "(\\d+)\\s*(?:h|hrs?|hours?)\\b\\.?\\s*(?:(\\d+)\\s*(?:m|mins?|minutes?)\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MINUTES = Pattern.compile(
            "(\\d+)\\s*(?:minutes?|mins?|min\\.?|m)\\b", Pattern.CASE_INSENSITIVE);

    private Durations() {}

    /** @return the running time in minutes, or -1 when the text states none. */
    public static int minutes(String text) {
        Matcher h = HOURS.matcher(text);
        if (h.find()) {
            int minutes = Integer.parseInt(h.group(1)) * 60;
            return h.group(2) == null ? minutes : minutes + Integer.parseInt(h.group(2));
        }
        Matcher m = MINUTES.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** @return the xsd:duration lexical form, e.g. "PT129M". */
    public static String lexical(int minutes) {
        return "PT" + minutes + "M";
    }
}
