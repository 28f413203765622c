package org.kinograph.prose;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Value;
import org.kinograph.text.Money;

/**
 * Finds the box office gross stated in prose ("grossed ¥3.05 billion", "earning a total of
 * $20,412,377"). When several sentences state it, the most exact figure wins: an amount written
 * to the unit beats a rounded one ("$20 million"), and either beats a hedged one ("over $20
 * million", "about ¥3 billion").
 */
public final class BoxOffice {
    private static final Pattern GROSS = Pattern.compile(
            "(?i)(?=[gbet])(?:\\bgross|box office|\\bearn(?:ed|ing|ings|s)?\\b|took in|takings)");
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)\\b(?:over|more than|nearly|almost|about|around|approximately|roughly|some|close to|upwards of"
            + "|under|at least|an estimated|estimated|in excess of)\\s*$");
    private static final Pattern SCALE = Pattern.compile("(?i)\\d\\s*(?:million|billion|thousand|crore|lakh|m|bn)\\b");

    private BoxOffice() {}

    /** @return the most exact gross stated in the sentences (the amount as written), or null. */
    public static Value best(List<Value> sentences) {
        Value best = null;
        int bestRank = -1;
        for (Value s : sentences) {
            Value amount = inSentence(s);
            if (amount == null) continue;
            int rank = rank(s, amount);
            if (rank > bestRank) {
                best = amount;
                bestRank = rank;
            }
        }
        return best;
    }

    /** @return the amount a sentence with a gross verb states (the first after the verb), or null. */
    static Value inSentence(Value s) {
        Matcher g = GROSS.matcher(s.text());
        if (!g.find()) return null;
        List<Money.Found> all = Money.findAll(s.text());
        if (all.isEmpty()) return null;
        Money.Found pick = all.stream().filter(m -> m.begin() >= g.start()).findFirst().orElse(all.get(0));
        return s.sub(pick.begin(), pick.end());
    }

    /** 2 = exact to the unit, 1 = rounded with a scale word, 0 = hedged ("over …"). */
    private static int rank(Value sentence, Value amount) {
        String before = sentence.text().substring(0, amount.begin() - sentence.begin());
        if (HEDGE.matcher(before).find()) return 0;
        return SCALE.matcher(amount.text()).find() ? 1 : 2;
    }
}
