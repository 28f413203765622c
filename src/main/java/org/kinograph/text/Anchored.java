package org.kinograph.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching a pattern exactly at a position. {@code matcher.find(from)} with a pattern that starts
 * with {@code \G} fails at {@code from} only after trying every later position, so a loop of such
 * calls over a long line is quadratic; {@link #at} looks at {@code from} alone, seeing the text
 * around it as {@code find} does (word boundaries and look-behinds see before {@code from}).
 */
public final class Anchored {
    private Anchored() {}

    /**
     * @param p    the pattern (a leading {@code \G} is allowed and matches at {@code from})
     * @param text the text
     * @param from where the match must start
     * @return the matcher after a match starting at {@code from}, or null when there is none there
     */
    public static Matcher at(Pattern p, CharSequence text, int from) {
        if (from < 0 || from > text.length()) return null;
        Matcher m = p.matcher(text).region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }
}
