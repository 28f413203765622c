package org.kinograph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Value;

/**
 * Splits a written list of names ("A, B and C", "A; B", "A & B") into its items, each with its
 * own span. Company suffixes ("Co., Ltd.", ", Inc.") are not split off, and a trailing
 * parenthetical ("(Screenplay)", "(Japan)") is dropped from an item.
 */
public final class NameLists {
    private static final Pattern SEPARATOR = Pattern.compile(
            ",\\s*+(?!(?:Ltd|Inc|LLC|Co|Corp|GmbH|S\\.A|Jr|Sr)\\b\\.?)(?:and\\s+)?|;\\s*|\\s+&\\s+|\\s+and\\s+|\\s*\\n\\s*");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    private NameLists() {}

    /** @return the items of the list; lost (empty) items are left out. */
    public static List<Value> split(Value list) {
        List<Value> out = new ArrayList<>();
        if (list == null) return out;
        String text = maskParentheses(list.text());
        Matcher m = SEPARATOR.matcher(text);
        int start = 0;
        while (m.find()) {
            addItem(list, start, m.start(), out);
            start = m.end();
        }
        addItem(list, start, text.length(), out);
        return out;
    }

    /** @return the value without a trailing parenthetical, or null when nothing is left. */
    public static Value withoutParenthetical(Value v) {
        if (v == null) return null;
        Matcher m = TRAILING_PAREN.matcher(v.text());
        return m.find() ? v.sub(0, m.start()) : v;
    }

    private static void addItem(Value list, int from, int to, List<Value> out) {
        Value item = withoutParenthetical(list.sub(from, to));
        if (item != null && item.text().chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(item);
        }
    }

    /** Replaces separators inside parentheses so that "(through A, B)" is not split. */
    private static String maskParentheses(String s) {
        StringBuilder b = new StringBuilder(s);
        int depth = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (depth > 0 && (c == ',' || c == ';' || c == '&' || c == '\n')) b.setCharAt(i, ' ');
            else if (depth > 0 && c == ' ') b.setCharAt(i, '\u00A0');
        }
        return b.toString();
    }
}
