package org.kinograph.generate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** YAML scalars and lists as site generators and export plugins write them, quoted where YAML needs it. */
final class Yaml {
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ,.'’-]*[\\p{L}\\p{M}\\p{N}.]|\\p{L}");
    private static final Pattern FLOW_PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{M}\\p{N} '’.-]*[\\p{L}\\p{M}\\p{N}]");
    private static final Pattern SPECIAL = Pattern.compile("(?i)true|false|yes|no|on|off|null|y|n|~|[-+]?[\\d.]+");

    private Yaml() {}

    /** @return the text in double quotes, with {@code \} and {@code "} escaped */
    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** @return the text in single quotes, a quote written twice (WordPress exports write titles so) */
    static String singleQuoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** @return the text as a plain scalar when YAML reads it back as the same string, else quoted */
    static String plainOrQuoted(String s) {
        return PLAIN.matcher(s).matches() && !SPECIAL.matcher(s).matches() ? s : quoted(s);
    }

    /** @return a flow sequence ({@code [a, "b, c"]}) */
    static String flow(List<String> items) {
        return items.stream().map(i -> FLOW_PLAIN.matcher(i).matches() && !SPECIAL.matcher(i.toLowerCase(Locale.ROOT))
                .matches() ? i : quoted(i)).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Appends a block sequence ({@code key:} then {@code   - item} lines). */
    static void block(StringBuilder out, String key, List<String> items) {
        out.append(key).append(":\n");
        for (String i : items) out.append("  - ").append(plainOrQuoted(i)).append('\n');
    }

    /** Appends a one-item block sequence whose item is written as given (already quoted). */
    static void blockRaw(StringBuilder out, String key, String item) {
        out.append(key).append(":\n  - ").append(item).append('\n');
    }
}
