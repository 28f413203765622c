package org.kinograph.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Value;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The YAML front matter of a static-site post: a block between a {@code ---} line at the very
 * start of the document and the next {@code ---} (or {@code ...}) line.
 *
 * <p>It is read with SnakeYAML's node API ({@code compose}), which builds no Java objects at all
 * (so no arbitrary types), under a {@link SafeConstructor} and with limits: few aliases to
 * collections (YAML bombs), a nesting limit, a code-point limit. Every scalar keeps its place:
 * SnakeYAML's {@link Mark#getIndex()} counts code points of the YAML text, which are converted to
 * UTF-16 indices of the document. The composer does not check duplicate keys (only the
 * constructor would), so they are checked here: a duplicated key is reported and left out, since
 * which of its values is meant cannot be told.
 */
final class FrontMatter {
    /** The most code points of front matter read. */
    static final int MAX_CODE_POINTS = 512 * 1024;
    /** The most aliases to collections (a "billion laughs" needs many). */
    static final int MAX_ALIASES = 10;
    /** The deepest nesting of collections. */
    static final int MAX_NESTING = 20;

    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*\\r?\\n");
    private static final Pattern CLOSING = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*\\r?$");
    private static final Pattern KEY_LINE = Pattern.compile("(?m)^([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:(?=[ \\t]|\\r?$)");

    /**
     * Where the front matter is.
     *
     * @param contentBegin index of the first character after the opening line
     * @param contentEnd   index of the closing line (the end of the YAML text); the end of the
     *                     document when not closed
     * @param bodyBegin    index of the first character after the closing line
     * @param closed       whether a closing line was found
     */
    record Located(int contentBegin, int contentEnd, int bodyBegin, boolean closed) {}

    /** The front matter is there but cannot be read. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        Invalid(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        /** @return the UTF-16 index of the problem in the document. */
        int offset() {
            return offset;
        }
    }

    /** A key that was written more than once, and where its second occurrence is. */
    record Duplicate(String key, int offset) {}

    private final String document;
    private final Map<String, Node> entries;
    private final Map<String, Integer> keyOffsets;
    private final List<Duplicate> duplicates;
    private final int[] utf16;
    private final int contentBegin;

    private FrontMatter(String document, Map<String, Node> entries, Map<String, Integer> keyOffsets,
            List<Duplicate> duplicates, int[] utf16, int contentBegin) {
        this.document = document;
        this.entries = entries;
        this.keyOffsets = keyOffsets;
        this.duplicates = duplicates;
        this.utf16 = utf16;
        this.contentBegin = contentBegin;
    }

    /** @return where the front matter is, or null when the text does not open with a {@code ---} line. */
    static Located locate(String text) {
        Matcher open = OPENING.matcher(text);
        if (!open.lookingAt()) return null;
        int begin = open.end();
        Matcher close = CLOSING.matcher(text).region(begin, text.length());
        if (!close.find()) return new Located(begin, text.length(), text.length(), false);
        int lineEnd = text.indexOf('\n', close.end());
        return new Located(begin, close.start(), lineEnd < 0 ? text.length() : lineEnd + 1, true);
    }

    /** @return the top-level keys written in the block, in order, lower-cased (a cheap scan, no YAML). */
    static Set<String> scanKeys(String text, Located at) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = KEY_LINE.matcher(text).region(at.contentBegin(), at.contentEnd());
        while (m.find()) keys.add(m.group(1).toLowerCase(Locale.ROOT));
        return keys;
    }

    /**
     * Reads the front matter.
     *
     * @param document the decoded document
     * @param at       where the block is (closed)
     * @return its top-level entries
     * @throws Invalid when it is not YAML, breaks a limit, or is not a mapping
     */
    static FrontMatter read(String document, Located at) throws Invalid {
        String yamlText = document.substring(at.contentBegin(), at.contentEnd());
        if (yamlText.length() > MAX_CODE_POINTS && yamlText.codePointCount(0, yamlText.length()) > MAX_CODE_POINTS) {
            throw new Invalid("front matter cannot be read: it is longer than " + MAX_CODE_POINTS + " code points",
                    at.contentBegin()); // said before parsing, rather than after half a megabyte of it
        }
        int[] utf16 = codePointOffsets(yamlText);
        Node root;
        try {
            root = yaml().compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int offset = mark == null ? at.contentBegin() : at.contentBegin() + utf16[clamp(mark.getIndex(), utf16)];
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new Invalid("front matter is not valid YAML: " + oneLine(problem), offset);
        } catch (YAMLException e) {
            throw new Invalid("front matter cannot be read: " + oneLine(e.getMessage()), at.contentBegin());
        }
        if (root == null) throw new Invalid("the front matter is empty", at.contentBegin());
        if (!(root instanceof MappingNode map)) {
            throw new Invalid("the front matter is not a mapping of keys to values", at.contentBegin());
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Integer> keyOffsets = new LinkedHashMap<>();
        List<Duplicate> duplicates = new ArrayList<>();
        Set<String> dropped = new LinkedHashSet<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || k.getTag().equals(Tag.MERGE)) continue;
            String key = k.getValue().toLowerCase(Locale.ROOT);
            int keyOffset = at.contentBegin() + utf16[clamp(k.getStartMark().getIndex(), utf16)];
            if (entries.containsKey(key) || dropped.contains(key)) {
                duplicates.add(new Duplicate(k.getValue(), keyOffset));
                entries.remove(key);
                dropped.add(key);
                continue;
            }
            entries.put(key, t.getValueNode());
            keyOffsets.put(key, keyOffset);
        }
        return new FrontMatter(document, entries, keyOffsets, List.copyOf(duplicates), utf16, at.contentBegin());
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return new Yaml(new SafeConstructor(options));
    }

    /** @return for each code point index of the text (and its end), the UTF-16 index. */
    private static int[] codePointOffsets(String text) {
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) out[cp++] = i;
        out[cp] = text.length();
        return out;
    }

    private static int clamp(int index, int[] offsets) {
        return Math.max(0, Math.min(index, offsets.length - 1));
    }

    private static String oneLine(String s) {
        return s == null ? "unknown problem" : s.replaceAll("\\s+", " ").trim();
    }

    /** @return the keys that were written more than once (each left out). */
    List<Duplicate> duplicates() {
        return duplicates;
    }

    /** @return whether the key is present (case-insensitive). */
    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** @return the keys, lower-cased, in order. */
    Set<String> keys() {
        return entries.keySet();
    }

    /** @return the place of a key in the document, as a zero-width value for warnings. */
    Value keyAt(String key) {
        Integer o = keyOffsets.get(key);
        return new Value(key, o == null ? contentBegin : o, o == null ? contentBegin : o);
    }

    /** @return the scalar under a key, or the first scalar of a list under it; null when absent or empty. */
    Scalar scalar(String key) {
        List<Scalar> all = scalars(key);
        return all.isEmpty() ? null : all.get(0);
    }

    /** @return the scalar under the first of the keys that has one. */
    Scalar scalar(String... keys) {
        for (String k : keys) {
            Scalar s = scalar(k);
            if (s != null) return s;
        }
        return null;
    }

    /** @return a scalar under a key, or each scalar item of a list under it (other items skipped). */
    List<Scalar> scalars(String key) {
        return scalars(entries.get(key));
    }

    /** @return the scalar under {@code sub} in a mapping under {@code key}, or null. */
    Scalar scalarIn(String key, String sub) {
        if (!(entries.get(key) instanceof MappingNode m)) return null;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equalsIgnoreCase(sub)) {
                List<Scalar> s = scalars(t.getValueNode());
                return s.isEmpty() ? null : s.get(0);
            }
        }
        return null;
    }

    /** @return whether the key holds a list (a YAML sequence). */
    boolean isList(String key) {
        return entries.get(key) instanceof SequenceNode;
    }

    /** @return whether the key holds a mapping. */
    boolean isMapping(String key) {
        return entries.get(key) instanceof MappingNode;
    }

    private List<Scalar> scalars(Node node) {
        List<Scalar> out = new ArrayList<>();
        if (node instanceof ScalarNode s) {
            Scalar sc = scalar(s);
            if (sc != null) out.add(sc);
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    Scalar sc = scalar(s);
                    if (sc != null) out.add(sc);
                }
            }
        }
        return out;
    }

    private Scalar scalar(ScalarNode s) {
        if (s.getTag().equals(Tag.NULL) || s.getValue().isBlank()) return null;
        int b = contentBegin + utf16[clamp(s.getStartMark().getIndex(), utf16)];
        int e = contentBegin + utf16[clamp(s.getEndMark().getIndex(), utf16)];
        DumperOptions.ScalarStyle style = s.getScalarStyle();
        if (style == DumperOptions.ScalarStyle.SINGLE_QUOTED || style == DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
            char q = style == DumperOptions.ScalarStyle.SINGLE_QUOTED ? '\'' : '"';
            if (e - b >= 2 && document.charAt(b) == q && document.charAt(e - 1) == q) {
                b++;
                e--;
            }
        } else if (style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
            int nl = document.indexOf('\n', b);
            if (nl >= 0 && nl < e) b = nl + 1;
        }
        Scalar sc = Scalar.of(document, s.getValue(), b, e);
        if (sc.verbatim()) return sc;
        while (b < e && Character.isWhitespace(document.charAt(b))) b++;
        while (e > b && Character.isWhitespace(document.charAt(e - 1))) e--;
        return b < e ? new Scalar(document, s.getValue(), b, e, false) : null;
    }
}
