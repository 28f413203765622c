package org.kinograph.model;

/**
 * A piece of a document's text with its place: {@code text} is exactly
 * {@code document.substring(begin, end)} (UTF-16 indices; provenance converts to code points).
 *
 * @param text  the text as written
 * @param begin start index in the decoded document (inclusive)
 * @param end   end index (exclusive)
 */
public record Value(String text, int begin, int end) {

    /**
     * Cuts {@code [begin, end)} out of a document, trimmed of surrounding white space.
     *
     * @return the value, or null when nothing but white space is left (a lost value)
     */
    public static Value of(String document, int begin, int end) {
        int b = begin;
        int e = end;
        while (b < e && Character.isWhitespace(document.charAt(b))) b++;
        while (e > b && Character.isWhitespace(document.charAt(e - 1))) e--;
        return b == e ? null : new Value(document.substring(b, e), b, e);
    }

    /** @return the part {@code [from, to)} of this value (relative indices), trimmed, or null. */
    public Value sub(int from, int to) {
        int b = from;
        int e = to;
        while (b < e && Character.isWhitespace(text.charAt(b))) b++;
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
        return b == e ? null : new Value(text.substring(b, e), begin + b, begin + e);
    }

    /** @return the part from {@code from} to the end, trimmed, or null. */
    public Value sub(int from) {
        return sub(from, text.length());
    }
}
