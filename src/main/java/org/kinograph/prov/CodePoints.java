package org.kinograph.prov;

/**
 * Converts UTF-16 indices of a text into code-point indices (what {@code nif:beginIndex} counts).
 * Texts without surrogate pairs convert as the identity.
 */
public final class CodePoints {
    private final int[] prefix;

    /** @param text the decoded document */
    public CodePoints(String text) {
        boolean surrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
        if (!surrogates) {
            prefix = null;
            return;
        }
        prefix = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            boolean low = Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            prefix[i + 1] = prefix[i] + (low ? 0 : 1);
        }
    }

    /** @return the code-point index of a UTF-16 index. */
    public int at(int utf16Index) {
        return prefix == null ? utf16Index : prefix[utf16Index];
    }
}
