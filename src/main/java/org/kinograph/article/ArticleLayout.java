package org.kinograph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Value;

/**
 * The block structure of an encyclopedia article: the {@code = Title =} heading, the line that
 * may repeat the title, the {@code - Key: value} infobox, the lead, and {@code ==Section==}s.
 * Every part is located by its offsets in the text.
 */
final class ArticleLayout {
    private static final Pattern TITLE = Pattern.compile("^=(?!=)\\s*(.+?)\\s*=\\s*$");
    private static final Pattern HEADING = Pattern.compile("^(={2,6})\\s*(.+?)\\s*\\1\\s*$");
    private static final Pattern INFOBOX = Pattern.compile("^\\s*[-*]\\s*([^:\\n]{1,40}?)\\s*:(.*)$");

    /** A line of the infobox: key (never null) and (possibly lost) value. */
    record InfoboxLine(Value key, Value value) {}

    /** A section: its heading path (outermost first), and its text up to the next heading. */
    record Section(List<String> path, int level, Value heading, int bodyBegin, int bodyEnd, int extentEnd) {
        /** @return the innermost heading, lower case. */
        String title() {
            return path.get(path.size() - 1).toLowerCase(Locale.ROOT);
        }

        /** @return true when any heading on the path matches. */
        boolean pathMatches(Pattern p) {
            return path.stream().anyMatch(h -> p.matcher(h).find());
        }
    }

    final String text;
    Value titleHeading;
    Value titleLine;
    final List<InfoboxLine> infobox = new ArrayList<>();
    int leadBegin;
    int leadEnd;
    final List<Section> sections = new ArrayList<>();

    private ArticleLayout(String text) {
        this.text = text;
    }

    /** Reads the layout of a text. */
    static ArticleLayout of(String text) {
        ArticleLayout layout = new ArticleLayout(text);
        layout.scan();
        return layout;
    }

    private void scan() {
        List<int[]> lines = lines(text);
        int i = skipBlank(lines, 0);
        i = readTitle(lines, i);
        i = readInfobox(lines, i);
        leadBegin = i < lines.size() ? lines.get(i)[0] : text.length();
        readSections(lines, i);
        leadEnd = sections.isEmpty() ? text.length() : sections.get(0).heading().begin();
    }

    private int readTitle(List<int[]> lines, int i) {
        if (i >= lines.size()) return i;
        Matcher m = TITLE.matcher(line(lines, i));
        if (!m.matches()) return i;
        titleHeading = new Value(m.group(1), lines.get(i)[0] + m.start(1), lines.get(i)[0] + m.end(1));
        int j = skipBlank(lines, i + 1);
        if (j < lines.size() && !INFOBOX.matcher(line(lines, j)).matches()
                && j + 1 < lines.size() && INFOBOX.matcher(line(lines, j + 1)).matches()) {
            titleLine = Value.of(text, lines.get(j)[0], lines.get(j)[1]);
            return j + 1;
        }
        return j;
    }

    private int readInfobox(List<int[]> lines, int i) {
        int j = i;
        while (j < lines.size()) {
            Matcher m = INFOBOX.matcher(line(lines, j));
            if (!m.matches()) break;
            int off = lines.get(j)[0];
            Value key = Value.of(text, off + m.start(1), off + m.end(1));
            if (key != null) infobox.add(new InfoboxLine(key, Value.of(text, off + m.start(2), off + m.end(2))));
            j++; // a line whose key was lost ("- : value") says nothing, but the infobox goes on
        }
        return infobox.isEmpty() ? i : skipBlank(lines, j);
    }

    private void readSections(List<int[]> lines, int from) {
        List<String> path = new ArrayList<>();
        List<int[]> heads = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            Matcher m = HEADING.matcher(line(lines, i));
            if (m.matches()) heads.add(new int[] {i, m.group(1).length()});
        }
        for (int h = 0; h < heads.size(); h++) {
            int[] line = lines.get(heads.get(h)[0]);
            int level = heads.get(h)[1];
            Matcher m = HEADING.matcher(text.substring(line[0], line[1]));
            m.matches();
            while (path.size() >= level - 1 && !path.isEmpty()) path.remove(path.size() - 1);
            path.add(m.group(2));
            int bodyEnd = h + 1 < heads.size() ? lines.get(heads.get(h + 1)[0])[0] : text.length();
            sections.add(new Section(List.copyOf(path), level,
                    new Value(m.group(2), line[0] + m.start(2), line[0] + m.end(2)),
                    line[1], bodyEnd, extentEnd(lines, heads, h)));
        }
    }

    private int extentEnd(List<int[]> lines, List<int[]> heads, int h) {
        for (int k = h + 1; k < heads.size(); k++) {
            if (heads.get(k)[1] <= heads.get(h)[1]) return lines.get(heads.get(k)[0])[0];
        }
        return text.length();
    }

    /** @return the sections whose own title matches. */
    List<Section> sectionsTitled(Pattern p) {
        return sections.stream().filter(s -> p.matcher(s.title()).find()).toList();
    }

    private String line(List<int[]> lines, int i) {
        return text.substring(lines.get(i)[0], lines.get(i)[1]);
    }

    private int skipBlank(List<int[]> lines, int i) {
        int j = i;
        while (j < lines.size() && line(lines, j).isBlank()) j++;
        return j;
    }

    /** @return [begin, end) of every line, without the line break. */
    static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int b = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int e = i > b && text.charAt(i - 1) == '\r' ? i - 1 : i;
                if (i < text.length() || b < text.length()) out.add(new int[] {b, e});
                b = i + 1;
            }
        }
        return out;
    }
}
