package org.kinograph.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.AccoladeEntry;
import org.kinograph.model.Value;
import org.kinograph.text.Anchored;

/**
 * Awards a sentence claims: "won the Hochi Film Award for Best Actress for Aya Kondo" (award,
 * category, recipients; result "won"), "was nominated for the X Prize for Y and the Z Award for W"
 * (result "nominated"), "won the Golden Lion at the Venice Film Festival in 1951" (category, then
 * the award after "at the", and the year). A recipient written short ("for Kondo") is resolved
 * by the caller to the full name the document gives elsewhere.
 */
public final class AwardClaims {
    private static final Pattern VERB = Pattern.compile("\\b(won|wins|winning|awarded|nominated)\\b");
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
    private static final Pattern AWARD = Pattern.compile(
            "(?:\\b(?:the|an?)\\s+)?((?:\\d{1,3}(?:st|nd|rd|th)\\s+)?(?:" + WORD + "\\s+(?:(?:of|de|du|des)\\s+)?){0,6}"
            + "(?:Awards?|Prize|Festival|Oscars?|Globes?|Ceremony))\\b");
    private static final Pattern AT_THE = Pattern.compile("\\bat\\s+(?:the\\s+)?$");
    private static final Pattern CATEGORY = Pattern.compile(
            "\\G\\s+for\\s+(?:the\\s+)?(" + WORD + "(?:\\s+(?:(?:of|in|the|a|an|and|by|to|for\\s+a)\\s+)*" + WORD + ")*)");
    private static final Pattern FOR_RECIPIENTS = Pattern.compile("\\G\\s+for\\s+(?:both\\s+)?(?:actors?\\s+|actress\\s+)?");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|of)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern ARTICLE = Pattern.compile("\\G[\\s,]*(?:(?:and|also|the|an?|its|their)\\s+)*");

    private AwardClaims() {}

    /**
     * @param sentence one sentence of the document
     * @param resolve  turns a recipient as written into the full name (identity when unknown)
     * @return one entry per award the sentence claims, in order
     */
    public static List<AccoladeEntry> read(Value sentence, UnaryOperator<Value> resolve, String rule,
            double confidence) {
        List<AccoladeEntry> out = new ArrayList<>();
        if (sentence == null) return out;
        String t = sentence.text();
        List<int[]> verbs = new ArrayList<>();
        Matcher v = VERB.matcher(t);
        while (v.find()) verbs.add(new int[] {v.start(1), v.end(1)});
        for (int k = 0; k < verbs.size(); k++) {
            int segEnd = k + 1 < verbs.size() ? verbs.get(k + 1)[0] : t.length();
            Value result = sentence.sub(verbs.get(k)[0], verbs.get(k)[1]);
            segment(sentence, verbs.get(k)[0], verbs.get(k)[1], segEnd, result, resolve, rule, confidence, out);
        }
        return out;
    }

    private static void segment(Value s, int verbStart, int from, int to, Value result, UnaryOperator<Value> resolve,
            String rule, double confidence, List<AccoladeEntry> out) {
        String t = s.text();
        List<int[]> mentions = new ArrayList<>();
        Matcher a = AWARD.matcher(t).region(from, to);
        while (a.find()) mentions.add(new int[] {a.start(), a.start(1), a.end(1)});
        int boundary = from;
        for (int i = 0; i < mentions.size(); i++) {
            int[] m = mentions.get(i);
            Value award;
            Value category = null;
            int after;
            if (AT_THE.matcher(t.substring(boundary, m[0])).find()) {
                // "won the Golden Lion at the Venice Film Festival"
                award = s.sub(m[1], m[2]);
                category = runBefore(s, boundary, m[0]);
                after = m[2];
            } else if (i + 1 < mentions.size() && atTheBetween(t, m[2], mentions.get(i + 1)[0])) {
                // "an Academy Honorary Award at the U.S. Academy Awards"
                category = s.sub(m[1], m[2]);
                i++;
                m = mentions.get(i);
                award = s.sub(m[1], m[2]);
                after = m[2];
            } else {
                award = s.sub(m[1], m[2]);
                after = m[2];
                int limit = i + 1 < mentions.size() ? mentions.get(i + 1)[0] : to;
                Matcher c = CATEGORY.matcher(t).region(after, limit);
                if (c.lookingAt()) {
                    int end = c.end(1);
                    while (end > c.start(1) + 1 && t.charAt(end - 1) == '.' && !Character.isUpperCase(t.charAt(end - 2))) end--;
                    category = s.sub(c.start(1), end);
                    after = end;
                }
            }
            int itemEnd = i + 1 < mentions.size() ? mentions.get(i + 1)[0] : to;
            List<Value> recipients = recipients(s, after, itemEnd, resolve);
            Matcher y = YEAR.matcher(t).region(m[2], itemEnd);
            Value year = y.find() ? s.sub(y.start(1), y.end(1)) : null;
            Value row = s.sub(verbStart, itemEnd);
            out.add(new AccoladeEntry(year, award, category, result, recipients, null, row, rule, confidence));
            boundary = itemEnd;
        }
    }

    private static boolean atTheBetween(String t, int from, int to) {
        return t.substring(from, to).matches("\\s+at\\s+(?:the\\s+)?");
    }

    /** @return the capitalised run in {@code [from, to)} after articles ("the Golden Lion " → "Golden Lion"). */
    private static Value runBefore(Value s, int from, int to) {
        Matcher art = Anchored.at(ARTICLE, s.text(), from);
        int start = art != null ? art.end() : from;
        Value name = Names.name(s, start);
        return name == null || name.end() - s.begin() > to ? null : name;
    }

    private static List<Value> recipients(Value s, int from, int to, UnaryOperator<Value> resolve) {
        List<Value> out = new ArrayList<>();
        Matcher f = FOR_RECIPIENTS.matcher(s.text()).region(from, to);
        if (!f.lookingAt()) return out;
        Names.List list = Names.list(s, f.end());
        if (list == null) return out;
        for (Value n : list.names()) {
            if (n.end() - s.begin() <= to) out.add(resolve.apply(n));
        }
        return out;
    }
}
