package org.kinograph.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text (BCP 47) from its most common short words, or from its script
 * for Japanese, Chinese and Korean. Good enough to tag a review body; returns null when unsure.
 */
public final class LanguageGuess {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "as", "but", "this"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "sich", "auf", "ich", "den", "zu"),
            "fr", Set.of("le", "la", "les", "et", "est", "un", "une", "des", "que", "pas", "dans", "pour", "qui", "du"),
            "es", Set.of("el", "los", "las", "y", "es", "que", "una", "del", "por", "con", "para", "como", "pero", "se"),
            "it", Set.of("il", "che", "non", "una", "per", "sono", "della", "con", "del", "gli", "anche", "questo"),
            "nl", Set.of("het", "een", "van", "niet", "zijn", "ook", "maar", "voor", "dat", "wordt", "naar", "deze"),
            "pt", Set.of("não", "uma", "os", "para", "com", "que", "mais", "como", "foi", "ao", "pelo", "muito"));
    /** Each stop word → the languages it is one of (a word is looked up once, not in every list). */
    private static final Map<String, List<String>> LANGUAGES_OF = languagesOf();
    /** The longest stop word: a longer word (lower-casing never shortens one) is not looked up. */
    private static final int LONGEST = LANGUAGES_OF.keySet().stream().mapToInt(String::length).max().orElse(0);
    private static final int MIN_HITS = 3;

    private LanguageGuess() {}

    /** @return the language tag of the text, or null when it cannot tell. */
    public static String guess(String text) {
        String script = byScript(text);
        if (script != null) return script;
        String best = null;
        int bestHits = 0;
        int total = 0;
        Map<String, int[]> hits = new java.util.HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && total < 5000) {
            total++;
            if (m.end() - m.start() > LONGEST) continue;
            for (String lang : LANGUAGES_OF.getOrDefault(m.group().toLowerCase(Locale.ROOT), List.of())) {
                hits.computeIfAbsent(lang, k -> new int[1])[0]++;
            }
        }
        for (var e : hits.entrySet()) {
            if (e.getValue()[0] > bestHits) {
                bestHits = e.getValue()[0];
                best = e.getKey();
            }
        }
        return bestHits >= MIN_HITS && bestHits * 20 >= total ? best : null;
    }

    private static Map<String, List<String>> languagesOf() {
        Map<String, List<String>> of = new java.util.HashMap<>();
        STOPWORDS.forEach((lang, words) -> words.forEach(w -> of.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(lang)));
        return Map.copyOf(of);
    }

    private static String byScript(String text) {
        long kana = text.codePoints().filter(c -> c >= 0x3040 && c <= 0x30FF).count();
        long hangul = text.codePoints().filter(c -> c >= 0xAC00 && c <= 0xD7AF).count();
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters == 0) return null;
        if (kana * 5 > letters) return "ja";
        if (hangul * 5 > letters) return "ko";
        if (han * 2 > letters) return "zh";
        return null;
    }
}
