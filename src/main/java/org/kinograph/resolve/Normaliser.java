package org.kinograph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The normalised forms that entity resolution compares. Names are folded with ICU: Unicode NFKC,
 * any script transliterated to Latin, Latin folded to ASCII ("ō" → "o", "ß" → "ss", "Ł" → "L"),
 * lower case; apostrophes vanish and every other run of non-letters and non-digits becomes one
 * space. A token that is romanised Japanese (every letter belongs to a Hepburn-style syllable)
 * also loses the long-vowel spellings "ou", "oo", "uu" ("Satou" = "Satō" = "Sato", "Ryuu" = "Ryū"
 * = "Ryu"); other tokens keep them ("Louis" is not "Lois").
 *
 * <p>Keys built on the folded tokens: a title key drops a film disambiguator ("(film)",
 * "(2008 film)", "[2007 J-Movie]"), an SEO suffix ("Film 38", "Full Movie 720p"), a leading
 * "The", and has a main form without the subtitle (": A Subtitle", " - tagline", a trailing
 * bracket that gives another title; not one that names another kind of work, "(TV series)"); a name key sorts the tokens, so "Tanabe Aiko" and "Aiko Tanabe" share it; an
 * organization key drops legal suffixes ("Co., Ltd."); award and category keys drop ordinals,
 * years and the words "Award(s)" and "Prize(s)".
 */
public final class Normaliser {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** One transliterator per thread (an instance must not be shared without a lock). */
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    /**
     * Names and titles recur (the same people and films in many documents): the last ones folded,
     * per thread. Sized for the distinct names of a large resolution run, a few MB per thread.
     */
    private static final int CACHED = 1 << 15;
    private static final ThreadLocal<Map<String, List<String>>> FOLDED = ThreadLocal.withInitial(Normaliser::lru);
    private static final ThreadLocal<Map<String, TitleKeys>> TITLES = ThreadLocal.withInitial(Normaliser::lru);
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʼ]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A token made only of romanised Japanese syllables (Hepburn and its common variants). */
    private static final Pattern ROMAJI = Pattern.compile(
            "(?:(?:sh|ch|ts|[kgnhbpmr]y|[kgsztdnhbpmrwfjvy])?[aeiou]|n|([kgsztdhbpmrfjc])(?=\\1)|t(?=ch))+");
    private static final Pattern LONG_VOWEL = Pattern.compile("ou|oo|uu");

    /** What a trailing bracket says when it only tells what kind of work this is, or when: "film", "2008 film". */
    private static final Pattern DISAMBIGUATOR = Pattern.compile(
            "(?i)\\s*(?:(?:18|19|20)\\d{2}\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
                    + "(?:film|movie|motion picture|picture|anime|j-movie)\\s*|\\s*(?:18|19|20)\\d{2}\\s*");
    /** A trailing bracket that says the title is of another kind of work: "(TV series)", "(novel)". */
    private static final Pattern OTHER_KIND = Pattern.compile(
            "(?i).*\\b(?:tv|television|series|serial|drama|novel|manga|book|song|album|single|game|play|musical)\\b.*");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]\\s*$");
    /** SEO suffixes: "Film 38", "Full Movie", "Full Movie HD 720p", "Watch Online Free". */
    private static final Pattern SEO_SUFFIX = Pattern.compile(
            "(?i)(?:\\s+film\\s+\\d+|(?:\\s+(?:full|movie|film|watch|online|free|download|stream(?:ing)?|torrent|hd"
                    + "|\\d{3,4}p|english|sub(?:bed|s)?|dub(?:bed)?))*\\s+(?:full\\s+movie|watch\\s+online|free\\s+download"
                    + "|torrent|\\d{3,4}p|stream(?:ing)?|download)(?:\\s+(?:full|movie|film|online|free|hd|\\d{3,4}p"
                    + "|english|sub(?:bed|s)?|dub(?:bed)?|\\d+))*)\\s*$");
    private static final Pattern SUBTITLE = Pattern.compile(":\\s+|\\s+[-–—|]\\s+");
    private static final Set<String> LEGAL_SUFFIXES = Set.of("co", "ltd", "inc", "corp", "corporation", "company",
            "limited", "kk", "llc", "gmbh", "plc", "ag", "sa", "srl", "bv", "nv", "kabushiki", "kaisha");
    private static final Set<String> AWARD_WORDS = Set.of("award", "awards", "prize", "prizes");
    private static final Pattern ORDINAL_OR_YEAR = Pattern.compile("\\d+(?:st|nd|rd|th)|(?:18|19|20)\\d{2}");

    private Normaliser() {}

    /** The keys of a title: the whole title and its main part (without a subtitle). */
    public record TitleKeys(String full, String main) {}

    /**
     * @param text any name
     * @return the folded form: ASCII letters and digits in lower case, tokens separated by one space
     */
    public static String fold(String text) {
        return String.join(" ", tokens(text));
    }

    /** @return the folded tokens of a name, in order (an unmodifiable list). */
    public static List<String> tokens(String text) {
        if (text == null) return List.of();
        Map<String, List<String>> cache = FOLDED.get();
        List<String> known = cache.get(text);
        if (known != null) return known;
        List<String> out = foldUncached(text);
        if (text.length() <= 200) cache.put(text, out);
        return out;
    }

    private static List<String> foldUncached(String text) {
        String s = NFKC.normalize(text);
        if (!isAscii(s)) s = ascii(s);
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String t : NOT_WORD.split(s)) {
            if (!t.isEmpty()) out.add(foldToken(t));
        }
        return List.copyOf(out);
    }

    /** @return true when every letter of the (folded, lower-case) token belongs to a romanised Japanese syllable. */
    public static boolean isRomaji(String token) {
        return !token.isEmpty() && ROMAJI.matcher(token).matches();
    }

    private static String foldToken(String t) {
        return isRomaji(t) ? LONG_VOWEL.matcher(t).replaceAll(m -> m.group().substring(0, 1)) : t;
    }

    /**
     * @param title a film (or work) title as written
     * @return its keys: disambiguator, SEO suffix and leading "The" dropped; the main key also
     *         without a subtitle
     */
    public static TitleKeys titleKeys(String title) {
        Map<String, TitleKeys> cache = TITLES.get();
        TitleKeys known = cache.get(title);
        if (known != null) return known;
        TitleKeys keys = titleKeysUncached(title);
        if (title.length() <= 200) cache.put(title, keys);
        return keys;
    }

    private static TitleKeys titleKeysUncached(String title) {
        String t = NFKC.normalize(title).strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            var d = TRAILING_BRACKET.matcher(t);
            if (d.find() && d.start() > 0) {
                String inside = d.group().strip();
                if (DISAMBIGUATOR.matcher(inside.substring(1, inside.length() - 1)).matches()) {
                    t = t.substring(0, d.start()).strip();
                    changed = true;
                }
            }
            var seo = SEO_SUFFIX.matcher(t);
            if (seo.find() && seo.start() > 0) {
                t = t.substring(0, seo.start()).strip();
                changed = true;
            }
        }
        String main = t;
        var sub = SUBTITLE.matcher(main);
        if (sub.find() && sub.start() > 0) main = main.substring(0, sub.start());
        var bracket = TRAILING_BRACKET.matcher(main);
        if (bracket.find() && bracket.start() > 0) {
            if (OTHER_KIND.matcher(bracket.group()).matches()) main = t;
            else main = main.substring(0, bracket.start());
        }
        return new TitleKeys(withoutArticle(t), withoutArticle(main));
    }

    private static String withoutArticle(String title) {
        List<String> tokens = new ArrayList<>(tokens(title));
        if (tokens.size() > 1 && tokens.get(0).equals("the")) tokens.remove(0);
        return String.join(" ", tokens);
    }

    /** @return the tokens sorted, so that the order of given name and family name does not matter. */
    public static String nameKey(String name) {
        return String.join(" ", tokens(name).stream().sorted().toList());
    }

    /** @return the folded tokens in their written order. */
    public static String orderedKey(String name) {
        return fold(name);
    }

    /** @return the folded name without legal suffixes ("Aozora Eiga Co., Ltd." → "aozora eiga"). */
    public static String organizationKey(String name) {
        List<String> tokens = tokens(name);
        List<String> kept = tokens.stream().filter(t -> !LEGAL_SUFFIXES.contains(t)).toList();
        return String.join(" ", kept.isEmpty() ? tokens : kept);
    }

    /** @return the award's name without ordinal, year and "Award(s)"/"Prize(s)" ("12th Harbour Film Awards" → "harbour film"). */
    public static String awardKey(String award) {
        List<String> tokens = tokens(award);
        List<String> kept = tokens.stream().filter(t -> !AWARD_WORDS.contains(t) && !ORDINAL_OR_YEAR.matcher(t).matches())
                .toList();
        return String.join(" ", kept.isEmpty() ? tokens : kept);
    }

    /** @return the category without "Award(s)"/"Prize(s)" ("Best Newcomer Award" → "best newcomer"). */
    public static String categoryKey(String category) {
        List<String> tokens = tokens(category);
        List<String> kept = tokens.stream().filter(t -> !AWARD_WORDS.contains(t)).toList();
        return String.join(" ", kept.isEmpty() ? tokens : kept);
    }

    /** @return a map that keeps the {@link #CACHED} entries used last. */
    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(CACHED * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CACHED;
            }
        };
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) return false;
        }
        return true;
    }

    private static String ascii(String s) {
        return TO_ASCII.get().transliterate(s);
    }
}
