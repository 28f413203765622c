package org.kinograph.prose;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Value;
import org.kinograph.text.Anchored;

/**
 * Person and character names in running text: runs of capitalised words on one line ("Aya
 * Kondo", "Ludwig van Beethoven", "Aki"), lists of them ("A, B and C"), and a surname alone
 * resolved to the one full name of the document that it belongs to ("Kondo" → "Aya Kondo").
 */
public final class Names {
    private static final String WORD = "(?:[dl]['’])?\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    private static final String PARTICLE = "(?:de|la|le|von|van|der|den|du|di|da|del|dos|bin|no|el)";
    private static final Pattern NAME = Pattern.compile(
            WORD + "(?:[ \\t\\u00A0]+(?:" + PARTICLE + "[ \\t\\u00A0]+)*" + WORD + ")*");
    private static final Pattern AT_NAME = Pattern.compile("\\G[ \\t\\u00A0]*(" + NAME.pattern() + ")");
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\G(?:[ \\t]*,[ \\t]*(?:and[ \\t]+)?|[ \\t]+and[ \\t]+|[ \\t]*&[ \\t]*)(?=\\p{Lu})");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s\\u00A0]+");

    /** A list of names and the span it covers. */
    public record List(java.util.List<Value> names, Value whole) {}

    private Names() {}

    /** @return the name starting at the first word at or after {@code from} (relative), or null. */
    public static Value name(Value v, int from) {
        if (v == null || from > v.text().length()) return null;
        Matcher m = Anchored.at(AT_NAME, v.text(), from);
        if (m == null) return null;
        return trimmed(v, m.start(1), m.end(1));
    }

    /** @return the list of names starting at {@code from} ("A, B and C"), or null when no name starts there. */
    public static List list(Value v, int from) {
        java.util.List<Value> names = new ArrayList<>();
        Value n = name(v, from);
        while (n != null) {
            names.add(n);
            int next = separatorEnd(v, n.end() - v.begin());
            n = next < 0 ? null : name(v, next);
        }
        if (names.isEmpty()) return null;
        return new List(names, v.sub(names.get(0).begin() - v.begin(), names.get(names.size() - 1).end() - v.begin()));
    }

    /** @return where the next item of a list starts after a separator at {@code pos}, or -1. */
    public static int separatorEnd(Value v, int pos) {
        Matcher m = Anchored.at(SEPARATOR, v.text(), pos);
        return m != null ? m.end() : -1;
    }

    /** @return every name in {@code [from, to)} (relative), in order. */
    public static java.util.List<Value> all(Value v, int from, int to) {
        java.util.List<Value> out = new ArrayList<>();
        Matcher m = NAME.matcher(v.text()).region(from, to);
        while (m.find()) {
            Value n = trimmed(v, m.start(), m.end());
            if (n != null) out.add(n);
        }
        return out;
    }

    /** @return true when the text is written like a personal name: two to four capitalised words. */
    public static boolean looksLikePerson(String text) {
        String[] words = WORD_SPLIT.split(text.trim());
        if (words.length < 2 || words.length > 4) return false;
        Matcher m = NAME.matcher(text.trim());
        return m.matches() && text.chars().noneMatch(Character::isDigit);
    }

    /**
     * Resolves a name written short (one word, e.g. a surname) to the only full name among
     * {@code known} that has it as one of its words; the span stays on the short form.
     *
     * @return the full name with the short form's span, or {@code shortName} itself
     */
    public static Value resolve(Value shortName, Collection<String> known) {
        if (shortName == null || shortName.text().contains(" ")) return shortName;
        String w = shortName.text().toLowerCase(Locale.ROOT);
        Set<String> matches = new LinkedHashSet<>();
        for (String k : known) {
            if (k.contains(" ") && java.util.Arrays.stream(WORD_SPLIT.split(k.toLowerCase(Locale.ROOT))).anyMatch(w::equals)) {
                matches.add(k);
            }
        }
        return matches.size() == 1
                ? new Value(matches.iterator().next(), shortName.begin(), shortName.end()) : shortName;
    }

    /** Drops a sentence's full stop and a possessive "'s" from the end of a name. */
    private static Value trimmed(Value v, int b, int e) {
        String t = v.text();
        int end = e;
        if (end - b > 2 && (t.startsWith("'s", end - 2) || t.startsWith("’s", end - 2))) end -= 2;
        while (end > b && ".'’-".indexOf(t.charAt(end - 1)) >= 0) {
            boolean initial = t.charAt(end - 1) == '.' && end - b >= 2 && Character.isUpperCase(t.charAt(end - 2))
                    && (end - b == 2 || !Character.isLetter(t.charAt(end - 3)));
            if (initial) break;
            end--;
        }
        return end <= b ? null : v.sub(b, end);
    }
}
