package org.kinograph.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kinograph.model.Value;

/** Splits prose into sentences, each as a {@link Value} of the document. */
public final class Sentences {
    private Sentences() {}

    /**
     * @param document the whole document
     * @param begin    start of the prose
     * @param end      end of the prose
     * @return the sentences, trimmed, in order
     */
    public static List<Value> split(String document, int begin, int end) {
        List<Value> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String prose = document.substring(begin, end);
        it.setText(prose);
        int b = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; b = e, e = it.next()) {
            Value v = Value.of(document, begin + b, begin + e);
            if (v != null) out.add(v);
        }
        return out;
    }
}
