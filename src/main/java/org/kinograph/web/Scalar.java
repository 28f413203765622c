package org.kinograph.web;

import org.kinograph.model.Value;
import org.kinograph.text.MarkupText;

/**
 * A YAML scalar of the front matter with the place of its text in the document. When the
 * document's characters at {@code [begin, end)} are exactly the scalar's value ({@link #verbatim()},
 * e.g. a plain or quoted scalar without escapes), parts of the value keep their own spans;
 * otherwise (escapes, folded lines) every part points at the whole scalar.
 *
 * @param document the decoded document
 * @param value    the scalar's value as YAML reads it
 * @param begin    UTF-16 index of the scalar's text in the document (inside quotes)
 * @param end      UTF-16 index after it
 * @param verbatim whether {@code document[begin, end)} equals {@code value}
 */
record Scalar(String document, String value, int begin, int end, boolean verbatim) {

    /** @return a scalar, verbatim when the document's text there is the value. */
    static Scalar of(String document, String value, int begin, int end) {
        boolean same = end - begin == value.length() && document.regionMatches(begin, value, 0, value.length());
        return new Scalar(document, value, begin, end, same);
    }

    /** @return the value as written, trimmed, with its span; null when blank. */
    Value raw() {
        if (verbatim) return Value.of(document, begin, end);
        String t = value.strip();
        return t.isEmpty() || begin >= end ? null : new Value(t, begin, end);
    }

    /** @return a readable view of the value: markup tags removed, character references decoded. */
    MarkupText markup() {
        return verbatim ? MarkupText.of(document, begin, end) : MarkupText.of(value, 0, value.length());
    }

    /** @return the cleaned value (tags removed, entities decoded, spaces collapsed), or null when blank. */
    Value clean() {
        MarkupText m = markup();
        return part(m, 0, m.text().length());
    }

    /**
     * @param m    this scalar's {@link #markup()}
     * @param from start in the view
     * @param to   end in the view
     * @return the cleaned part of the view with its span (the whole scalar's span when not verbatim)
     */
    Value part(MarkupText m, int from, int to) {
        Value v = m.value(from, to);
        if (v == null || verbatim) return v;
        return begin < end ? new Value(v.text(), begin, end) : null;
    }
}
