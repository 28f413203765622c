package org.kinograph.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Maps language names ("Japanese", "German", "Mandarin") and codes to BCP 47 tags. */
public final class Languages {
    private static final Map<String, String> BY_NAME = build();

    private Languages() {}

    /** @return the BCP 47 tag for a language name or code, or null when unknown. */
    public static String tag(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        String tag = BY_NAME.get(key);
        return tag != null ? tag : BY_NAME.get(key.replaceAll("\\s+language$", ""));
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale l = Locale.forLanguageTag(code);
            String tag = l.toLanguageTag();
            m.putIfAbsent(l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), tag);
            m.putIfAbsent(l.getDisplayLanguage(l).toLowerCase(Locale.ROOT), tag);
            m.putIfAbsent(code, tag);
        }
        m.put("mandarin", "cmn");
        m.put("cantonese", "yue");
        m.put("deutsch", "de");
        m.put("japanisch", "ja");
        m.put("englisch", "en");
        m.put("farsi", "fa");
        m.put("sign language", "sgn");
        return Map.copyOf(m);
    }
}
