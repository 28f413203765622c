package org.kinograph.model;

/**
 * A value read from a document with the place of its evidence. For plain-text genres
 * {@code text} is exactly {@code document.substring(begin, end)}; for markup it is the value as
 * read (tags removed, entities decoded) while {@code [begin, end)} still spans the raw evidence.
 * Indices are UTF-16 indices into the decoded document; provenance converts them to code points
 * and cuts the anchor from the document itself.
 *
 * @param text  the value as read
 * @param begin start index of the evidence in the decoded document (inclusive)
 * @param end   end index of the evidence (exclusive)
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
