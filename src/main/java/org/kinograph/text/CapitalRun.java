package org.kinograph.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Value;

/**
 * Finds a proper name in running text: a run of capitalised words ("Golden Harvest Films",
 * "Ningen Shikkaku", "Osamu Dazai"), allowing short joining words inside ("of", "no", "de").
 */
public final class CapitalRun {
    private static final Pattern WORD = Pattern.compile("\\G\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}.'’&-]*)");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile("\\G,\\s*(?:Ltd|Inc|LLC|GmbH|S\\.A)\\.?");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:^|\\b)(?:\\p{Lu}|Ltd|Inc|Co|Corp|Jr|Sr|St|Bros|Mr|Mrs|Ms|Dr)\\.$");
    private static final Set<String> JOINERS = Set.of("of", "the", "no", "de", "la", "le", "von", "van",
            "der", "du", "di", "da", "wa", "ga", "to", "and", "&");

    private CapitalRun() {}

    /**
     * @param v    a value of the document
     * @param from where to start looking (relative to v), at or before the first word
     * @return the run of capitalised words starting at the first word after {@code from}, or null
     */
    public static Value at(Value v, int from) {
        String text = v.text();
        int pos = from;
        int start = -1;
        int end = -1;
        Matcher m;
        while (pos < text.length() && (m = Anchored.at(WORD, text, pos)) != null) {
            String w = m.group(1);
            boolean capital = Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)) && start >= 0;
            if (!capital && (start < 0 || !JOINERS.contains(w))) break;
            if (capital) {
                if (start < 0) start = m.start(1);
                end = m.end(1);
            }
            pos = m.end();
            if (endsSentence(w)) break;
            Matcher suffix = Anchored.at(COMPANY_SUFFIX, text, pos);
            if (suffix != null) {
                end = suffix.end();
                break;
            }
        }
        return start < 0 ? null : v.sub(start, stripPeriod(text, start, end));
    }

    /** A word ending in a period ends the run unless it is an initial or a known abbreviation. */
    private static boolean endsSentence(String word) {
        return word.endsWith(".") && !ABBREVIATION.matcher(word).matches();
    }

    private static int stripPeriod(String s, int start, int end) {
        int e = end;
        while (e > start && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '\'')) {
            if (ABBREVIATION.matcher(s.substring(start, e)).find()) break;
            e--;
        }
        return e;
    }
}
