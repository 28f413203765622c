package org.kinograph.link;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How titles and names are put in a comparable form before matching:
 * <ul>
 * <li>UTF-8 text that was once read as Windows-1252 is repaired ("CafÃ©" → "Café");</li>
 * <li>a trailing Wikipedia disambiguator is removed: for titles one that names a kind of work or a
 * year ("(1962 film)", "(film)", "(serial)", "(TV series)", "(1912)"; its year is kept as the
 * title's year), for names any ("(director)", "(Director)", "(actor)");</li>
 * <li>NFKD, marks on Latin letters removed (kana keep their voicing marks, as in {@code Ids.slug}),
 * lower case; "&amp;" reads "and";</li>
 * <li>tokens are runs of letters and digits (punctuation separates); a leading "the" (or a trailing
 * ", The") is dropped; Roman numerals after the first token become digits ("Part II" = "Part 2");
 * for names, the suffixes Jr, Sr, II, III are dropped.</li>
 * </ul>
 */
public final class Normaliser {
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern KIND = Pattern.compile(
            "(?i)\\b(film|movie|serial|series|franchise|tv|miniseries|documentary|short|animated|anime|cartoon|musical)\\b");
    private static final Pattern LATIN_MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TRAILING_THE = Pattern.compile("(?i),\\s*the\\s*$");
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂÅÄ][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161"
            + "\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030"
            + "\\u2039\\u203A\\u20AC\\u2122]");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("@[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*$");
    private static final Map<String, String> ROMAN = Map.of("ii", "2", "iii", "3", "iv", "4", "v", "5", "vi", "6",
            "vii", "7", "viii", "8", "ix", "9", "x", "10");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Normaliser() {}

    /**
     * A title in comparable form.
     *
     * @param tokens the tokens, in order
     * @param year   the year a disambiguator gave ("(1962 film)"), or null
     */
    public record Title(List<String> tokens, Integer year) {
        /** @return the tokens joined by single spaces. */
        public String key() {
            return String.join(" ", tokens);
        }
    }

    /** @return the title's comparable form. */
    public static Title title(String raw) {
        String s = repairMojibake(raw.strip());
        Integer year = null;
        Matcher m = TRAILING_PAREN.matcher(s);
        if (m.find() && isWorkDisambiguator(m.group(1))) {
            Matcher y = YEAR.matcher(m.group(1));
            if (y.find()) year = Integer.valueOf(y.group(1));
            s = s.substring(0, m.start());
        }
        boolean trailingThe = TRAILING_THE.matcher(s).find();
        if (trailingThe) s = TRAILING_THE.matcher(s).replaceAll("");
        List<String> tokens = romanToDigits(tokens(s));
        if (!trailingThe && tokens.size() > 1 && tokens.get(0).equals("the")) tokens = tokens.subList(1, tokens.size());
        return new Title(List.copyOf(tokens), year);
    }

    /** @return a person's name as tokens, disambiguator and suffixes removed. */
    public static List<String> name(String raw) {
        String s = repairMojibake(raw.strip());
        Matcher m = TRAILING_PAREN.matcher(s);
        if (m.find()) s = s.substring(0, m.start());
        List<String> out = new ArrayList<>();
        for (String t : tokens(s)) {
            if (out.isEmpty() || !NAME_SUFFIXES.contains(t)) out.add(t);
        }
        return List.copyOf(out);
    }

    /** @return the text folded (NFKD, marks on Latin letters removed, NFC, lower case) and split into tokens. */
    public static List<String> tokens(String text) {
        String folded = fold(text).replace("&", " and ");
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(folded);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** @return NFKD, marks on Latin letters removed, NFC, lower case. */
    public static String fold(String text) {
        String decomposed = LATIN_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return Normalizer.normalize(decomposed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * Repairs UTF-8 text that was decoded as Windows-1252 (or Latin-1): "NiÃ±o" → "Niño". Only
     * text that shows the typical pairs and re-decodes as valid UTF-8 is changed.
     *
     * @return the repaired text, or the text itself
     */
    public static String repairMojibake(String text) {
        if (!MOJIBAKE.matcher(text).find()) return text;
        String repaired = redecode(text, CP1252);
        if (repaired == null) repaired = redecode(text, StandardCharsets.ISO_8859_1);
        return repaired == null ? text : repaired;
    }

    private static String redecode(String text, Charset wrong) {
        try {
            ByteBuffer bytes = wrong.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** @return the text without a trailing RDF language tag as LIMES files write it ("Title@en" → "Title"). */
    public static String dropLanguageTag(String text) {
        return LANGUAGE_TAG.matcher(text).replaceFirst("");
    }

    private static boolean isWorkDisambiguator(String inside) {
        return KIND.matcher(inside).find() || YEAR.matcher(inside).matches();
    }

    private static List<String> romanToDigits(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            out.add(i > 0 ? ROMAN.getOrDefault(t, t) : t);
        }
        return out;
    }
}
