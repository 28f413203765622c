package org.kinograph.generate;

import java.util.List;

/**
 * Writes plain text the way blog engines store it: typographic apostrophes, dashes and ellipses
 * as numeric character references ({@code &#8217;}), markup characters escaped. Names and titles
 * are left as written, so that a decoded page names the film exactly as the pool does.
 */
final class Html {
    private Html() {}

    /**
     * @param text  plain text
     * @param names names and titles to copy verbatim (only {@code & < >} escaped)
     * @return the text as HTML
     */
    static String entities(String text, List<String> names) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int next = text.length();
            String found = null;
            for (String n : names) {
                int i = n.isEmpty() ? -1 : text.indexOf(n, at);
                if (i >= 0 && (i < next || i == next && found != null && n.length() > found.length())) {
                    next = i;
                    found = n;
                }
            }
            out.append(typographic(escape(text.substring(at, next))));
            if (found == null) break;
            out.append(escape(found));
            at = next + found.length();
        }
        return out.toString();
    }

    /** @return the text with {@code & < >} escaped */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String typographic(String s) {
        return s.replace("'", "&#8217;").replace(" – ", " &#8211; ").replace("…", "&#8230;").replace("...", "&#8230;");
    }
}
