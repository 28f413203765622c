package org.kinograph.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kinograph.model.Value;

/**
 * Splits prose into sentences, each as a {@link Value} of the document. A "sentence" longer than
 * {@link #MAX_LENGTH} characters is a run of text with no sentence end (a flattened table, a
 * keyword dump, a minified script), not prose: it is left out, so that no reader of facts spends
 * more than bounded time on one sentence, however long the document's lines are.
 */
public final class Sentences {
    /** The longest sentence returned; real sentences are far shorter. */
    public static final int MAX_LENGTH = 1000;

    private Sentences() {}

    /**
     * @param document the whole document
     * @param begin    start of the prose
     * @param end      end of the prose
     * @return the sentences of at most {@link #MAX_LENGTH} characters, trimmed, in order
     */
    public static List<Value> split(String document, int begin, int end) {
        List<Value> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String prose = document.substring(begin, end);
        it.setText(prose);
        int b = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; b = e, e = it.next()) {
            Value v = Value.of(document, begin + b, begin + e);
            if (v != null && v.text().length() <= MAX_LENGTH) out.add(v);
        }
        return out;
    }
}
