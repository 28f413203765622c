package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kinograph.model.Value;

public class TestMarkupText {
    static final String RAW = "<p>It&#8217;s <b>good</b>.</p>";

    @Test
    void viewDecodesAndDropsTags() {
        assertThat(MarkupText.of(RAW, 0, RAW.length()).text()).isEqualTo("\nIt’s good.\n");
    }

    @Test
    void rawKeepsTheTextAndSpansTheRawEvidence() {
        MarkupText m = MarkupText.of(RAW, 0, RAW.length());
        int b = m.text().indexOf("It");
        int e = m.text().indexOf("good") + 4;
        Value v = m.raw(new Value("It’s good", b, e));
        assertThat(v.text()).isEqualTo("It’s good");
        assertThat(RAW.substring(v.begin(), v.end())).isEqualTo("It&#8217;s <b>good");
        // a decoded character maps to its whole character reference
        int q = m.text().indexOf('’');
        Value quote = m.raw(new Value("’", q, q + 1));
        assertThat(RAW.substring(quote.begin(), quote.end())).isEqualTo("&#8217;");
        assertThat(m.raw(null)).isNull();
        assertThatThrownBy(() -> m.raw(new Value("x", 3, 3))).isInstanceOf(IllegalArgumentException.class);
    }
}
