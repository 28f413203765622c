package org.kinograph.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.kinograph.prose.Names;

/**
 * Turns the pool's person labels into names as documents write them: "Rosenthal, Tatia" → "Tatia
 * Rosenthal", "Connick, Harry, Jr." → "Harry Connick Jr.", "Vinnie Jones" as it is. Labels that are
 * not a person's name as the parsers read names (one word, digits, wiki debris such as
 * {@code %2C} or {@code |20px}, scripts without capitals) give no name.
 */
final class PersonNames {
    private static final Pattern DEBRIS = Pattern.compile("[%|=\"()\\[\\]{}<>#*_:/\\\\\\d]");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Map<String, String> SUFFIXES = Map.of("jr", "Jr.", "jr.", "Jr.", "sr", "Sr.", "sr.", "Sr.",
            "ii", "II", "iii", "III", "iv", "IV");

    private PersonNames() {}

    /**
     * @param labels the English labels of one person, in any order
     * @return the first usable name among them in sorted order (so the choice never depends on the
     *         order the labels were read in), or null when none is usable
     */
    static String natural(List<String> labels) {
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(null);
        for (String l : sorted) {
            String n = natural(l);
            if (n != null) return n;
        }
        return null;
    }

    /** @return the label as "First Last", or null when it is not usable as a person's name */
    static String natural(String label) {
        String s = GmdbReader.clean(label);
        int semicolon = s.indexOf(';');
        if (semicolon >= 0) s = s.substring(0, semicolon).strip();
        if (s.isEmpty() || DEBRIS.matcher(s).find()) return null;
        String[] parts = COMMA.split(s);
        String name = switch (parts.length) {
            case 1 -> s;
            case 2 -> parts[1] + " " + parts[0];
            case 3 -> parts[1] + " " + parts[0] + suffix(parts[2]);
            default -> null;
        };
        return name != null && Names.looksLikePerson(name) ? name : null;
    }

    private static String suffix(String s) {
        String known = SUFFIXES.get(s.toLowerCase(Locale.ROOT));
        return known == null ? "" : " " + known;
    }
}
