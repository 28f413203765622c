package org.kinograph.text;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;
import org.kinograph.model.Value;

/**
 * A readable view of a region of markup (HTML fragments, Markdown with inline HTML): tags
 * removed (block tags become line breaks), character references decoded ({@code &#8217;},
 * {@code &amp;}), with every character of the view mapped back to the raw text, so that a value
 * found in the view keeps the exact span of its evidence.
 */
public final class MarkupText {
    private static final Pattern TOKEN = Pattern.compile(
            "<!--.*?-->|<(script|style)\\b[^>]*>.*?</\\1\\s*>|</?([A-Za-z][A-Za-z0-9]*)\\b[^<>]*>"
            + "|&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)p|div|br|h[1-6]|li|ul|ol|tr|table|blockquote|hr|section|article|header|footer|pre|iframe");

    private final String view;
    private final int[] rawStart;
    private final int[] rawEnd;

    private MarkupText(String view, int[] rawStart, int[] rawEnd) {
        this.view = view;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
    }

    /** The view being built: characters with the raw span each comes from. */
    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        int[] starts = new int[64];
        int[] ends = new int[64];

        void add(char c, int rawB, int rawE) {
            int i = text.length();
            if (i == starts.length) {
                starts = Arrays.copyOf(starts, i * 2);
                ends = Arrays.copyOf(ends, i * 2);
            }
            starts[i] = rawB;
            ends[i] = rawE;
            text.append(c);
        }

        MarkupText build() {
            int n = text.length();
            return new MarkupText(text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }

    /** @return the readable view of {@code document[begin, end)}. */
    public static MarkupText of(String document, int begin, int end) {
        Builder b = new Builder();
        Matcher m = TOKEN.matcher(document).region(begin, end);
        int pos = begin;
        while (m.find()) {
            copy(document, pos, m.start(), b);
            token(m, b);
            pos = m.end();
        }
        copy(document, pos, end, b);
        return b.build();
    }

    private static void copy(String document, int from, int to, Builder b) {
        for (int i = from; i < to; i++) b.add(document.charAt(i), i, i + 1);
    }

    private static void token(Matcher m, Builder b) {
        String t = m.group();
        if (t.startsWith("&")) {
            String decoded = Parser.unescapeEntities(t, false);
            for (int k = 0; k < decoded.length(); k++) b.add(decoded.charAt(k), m.start(), m.end());
        } else if (m.group(2) != null && BLOCK.matcher(m.group(2)).matches()) {
            b.add('\n', m.start(), m.start());
        }
    }

    /**
     * Moves a value found in the view to the raw text: its text is kept as it is (a cleaned or
     * derived value), its span becomes the raw span of the view characters {@code [begin, end)}.
     *
     * @param viewValue a value whose begin and end are indices into {@link #text()}
     * @return the same value with raw indices (null stays null)
     */
    public Value raw(Value viewValue) {
        if (viewValue == null) return null;
        int b = viewValue.begin();
        int e = viewValue.end();
        if (b >= e || e > view.length()) throw new IllegalArgumentException("not a span of the view: " + b + ".." + e);
        return new Value(viewValue.text(), rawStart[b], Math.max(rawStart[b], rawEnd[e - 1]));
    }

    /** @return the readable text. */
    public String text() {
        return view;
    }

    /**
     * @param from start index in the view
     * @param to   end index in the view
     * @return the value {@code view[from, to)}, trimmed and with runs of spaces collapsed, with
     *         the raw span of its evidence; null when nothing but white space is there
     */
    public Value value(int from, int to) {
        int b = from;
        int e = to;
        while (b < e && Character.isWhitespace(view.charAt(b))) b++;
        while (e > b && Character.isWhitespace(view.charAt(e - 1))) e--;
        if (b == e) return null;
        String clean = view.substring(b, e).replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{3,}", "\n\n");
        return new Value(clean, rawStart[b], rawEnd[e - 1]);
    }
}
