package org.kinograph.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.AccoladeEntry;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.Value;
import org.kinograph.text.NameLists;

/**
 * Reads an awards table ({@code | Year | Award | Category | Result | Recipient |}). A row that
 * lost its leading cells because they spanned several rows arrives shifted left with empty cells
 * at its end; the shift is found by how well each cell fits its column, and the lost cells are
 * taken from the row above.
 */
final class AwardsTableReader {
    static final String RULE = EncyclopediaArticle.NAME + "/awards-table";
    static final double CONFIDENCE = 0.85;

    enum Column { YEAR, AWARD, CATEGORY, RESULT, RECIPIENT, OTHER }

    private static final Column[] DEFAULT = {Column.YEAR, Column.AWARD, Column.CATEGORY, Column.RESULT,
        Column.RECIPIENT};
    private static final Pattern ROW = Pattern.compile("(?m)^[ \\t]*\\|.*$");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^[|\\s:-]+$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}(?:\\s*[-–/]\\s*\\d{2,4})?$");
    private static final Pattern ORDINAL = Pattern.compile("^\\d+(?:st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AWARD_WORD = Pattern.compile(
            "\\b(?:Awards?|Prize|Festival|Academy|Association|Critics|Guild|Ceremony|Oscars?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CATEGORY_WORD = Pattern.compile(
            "^(?:Best|Most|Outstanding|Special|Excellent|Newcomer|Audience|Jury|Lifetime|Favou?rite|Top)\\b|of the Year",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESULT_WORD = Pattern.compile(
            "^(?:won|win|winner|nominated|nominee|nomination|pending|runner-up)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE = Pattern.compile("\\(([^()]*)\\)");

    /** Adds one accolade per table row of the sections. */
    void read(String text, List<ArticleLayout.Section> sections, FilmRecord film) {
        for (ArticleLayout.Section s : sections) {
            readTable(text, s, film);
        }
    }

    private void readTable(String text, ArticleLayout.Section s, FilmRecord film) {
        Matcher m = ROW.matcher(text).region(s.bodyBegin(), s.extentEnd());
        Column[] columns = null;
        Value[] previous = null;
        while (m.find()) {
            Value row = Value.of(text, m.start(), m.end());
            if (row == null || SEPARATOR_ROW.matcher(row.text()).matches()) continue;
            List<Value> cells = cells(text, m.start(), m.end());
            if (columns == null) {
                columns = header(cells);
                if (columns != null) continue;
                columns = DEFAULT;
            }
            Value[] aligned = align(cells, columns, previous);
            previous = aligned;
            film.accolades().add(accolade(aligned, columns, row));
        }
    }

    /** @return the cells between the pipes; a lost cell is null. */
    static List<Value> cells(String text, int begin, int end) {
        List<Value> out = new ArrayList<>();
        int first = text.indexOf('|', begin);
        int last = text.lastIndexOf('|', end - 1);
        int start = first + 1;
        for (int i = start; i <= last; i++) {
            if (text.charAt(i) == '|') {
                out.add(Value.of(text, start, i));
                start = i + 1;
            }
        }
        Value tail = Value.of(text, last + 1, end);
        if (tail != null || last == first) out.add(tail);
        return out;
    }

    private static Column[] header(List<Value> cells) {
        Column[] cols = new Column[cells.size()];
        int known = 0;
        for (int i = 0; i < cells.size(); i++) {
            cols[i] = column(cells.get(i) == null ? "" : cells.get(i).text().toLowerCase(Locale.ROOT));
            if (cols[i] != Column.OTHER) known++;
        }
        return known >= 2 ? cols : null;
    }

    private static Column column(String h) {
        if (h.matches("year|date|years?")) return Column.YEAR;
        if (h.matches("award|awards|ceremony|festival|organi[sz]ation|association|event")) return Column.AWARD;
        if (h.startsWith("categor")) return Column.CATEGORY;
        if (h.matches("result|results|outcome|status")) return Column.RESULT;
        if (h.matches("recipients?.*|nominees?.*|name|work|winners?|honou?ree")) return Column.RECIPIENT;
        return Column.OTHER;
    }

    /** Places the row's cells under their columns, filling lost leading cells from the row above. */
    private static Value[] align(List<Value> cells, Column[] columns, Value[] previous) {
        int trailing = 0;
        for (int i = cells.size() - 1; i >= 0 && cells.get(i) == null; i--) trailing++;
        int shift = bestShift(cells, columns, Math.min(trailing, columns.length - 1));
        Value[] out = new Value[columns.length];
        for (int c = 0; c < columns.length; c++) {
            int i = c - shift;
            if (i < 0) out[c] = previous == null ? null : previous[c];
            else if (i < cells.size()) out[c] = cells.get(i);
        }
        return out;
    }

    private static int bestShift(List<Value> cells, Column[] columns, int maxShift) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= maxShift; k++) {
            double score = 0;
            for (int i = 0; i < cells.size() && i + k < columns.length; i++) {
                score += fit(cells.get(i), columns[i + k]);
            }
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }

    /** How well a cell fits a column: positive fits, negative does not. */
    static double fit(Value cell, Column column) {
        if (cell == null) return column == Column.RESULT ? 0.5 : 0;
        String t = cell.text();
        boolean year = YEAR.matcher(t).matches();
        boolean result = RESULT_WORD.matcher(t).matches();
        boolean ordinal = ORDINAL.matcher(t).find();
        boolean category = CATEGORY_WORD.matcher(t).find();
        boolean awardWord = AWARD_WORD.matcher(t).find();
        return switch (column) {
            case YEAR -> year ? 2 : -2;
            case AWARD -> year || result ? -2 : ordinal ? 2 : category ? -1 : awardWord ? 0.5 : 0;
            case CATEGORY -> year || result ? -2 : ordinal ? -2 : category ? 1 : awardWord ? -0.5 : 0;
            case RESULT -> result ? 2 : -1;
            case RECIPIENT -> year ? -2 : result ? -1 : 0;
            case OTHER -> 0;
        };
    }

    private static AccoladeEntry accolade(Value[] aligned, Column[] columns, Value row) {
        Value recipientCell = get(aligned, columns, Column.RECIPIENT);
        Value note = null;
        if (recipientCell != null) {
            Matcher n = NOTE.matcher(recipientCell.text());
            if (n.find()) note = recipientCell.sub(n.start(1), n.end(1));
        }
        List<Value> recipients = recipientCell == null ? List.of() : NameLists.split(recipientCell);
        return new AccoladeEntry(get(aligned, columns, Column.YEAR), get(aligned, columns, Column.AWARD),
                get(aligned, columns, Column.CATEGORY), get(aligned, columns, Column.RESULT), recipients,
                note, row, RULE, CONFIDENCE);
    }

    private static Value get(Value[] aligned, Column[] columns, Column c) {
        int i = Arrays.asList(columns).indexOf(c);
        return i < 0 || i >= aligned.length ? null : aligned[i];
    }
}
