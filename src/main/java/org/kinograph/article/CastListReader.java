package org.kinograph.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.CastEntry;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.Value;
import org.kinograph.text.NameLists;

/**
 * Reads a cast section: {@code - Actor as Character, description}. When the character was lost
 * ({@code Actor as , …}) the entry has no character; a line without "as" is an actor alone.
 */
final class CastListReader {
    static final String RULE = EncyclopediaArticle.NAME + "/cast-list";
    static final double CONFIDENCE = 0.9;
    private static final Pattern ITEM = Pattern.compile("(?m)^[ \\t]*[-*•][ \\t]*(.+)$");
    private static final Pattern AS = Pattern.compile("\\s+as\\b");
    private static final Pattern CHARACTER_END = Pattern.compile("\\s*(?:,|\\(|;|\\s[-–—]\\s|$)");

    /** Adds the cast entries of the sections to the record. */
    void read(String text, List<ArticleLayout.Section> sections, FilmRecord film) {
        for (ArticleLayout.Section s : sections) {
            Matcher m = ITEM.matcher(text).region(s.bodyBegin(), s.extentEnd());
            while (m.find()) {
                CastEntry entry = entry(Value.of(text, m.start(1), m.end(1)));
                if (entry != null) film.cast().add(entry);
            }
        }
    }

    private static CastEntry entry(Value line) {
        if (line == null) return null;
        Matcher as = AS.matcher(line.text());
        if (!as.find()) {
            Matcher end = CHARACTER_END.matcher(line.text());
            Value actor = end.find() ? line.sub(0, end.start()) : line;
            return actor == null ? null : new CastEntry(actor, null, RULE, CONFIDENCE);
        }
        Value actor = NameLists.withoutParenthetical(line.sub(0, as.start()));
        Value character = character(line, as.end());
        return actor == null && character == null ? null : new CastEntry(actor, character, RULE, CONFIDENCE);
    }

    private static Value character(Value line, int from) {
        Matcher end = CHARACTER_END.matcher(line.text());
        if (!end.find(from)) return null;
        Value c = line.sub(from, end.start());
        return c == null || !c.text().chars().anyMatch(Character::isLetterOrDigit) ? null : c;
    }
}
