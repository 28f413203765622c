package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinograph.model.Value;

public class TestNameLists {

    private static List<Value> split(String text) {
        return NameLists.split(Value.of(text, 0, text.length()));
    }

    @Test
    void commaAndAnd() {
        assertThat(split("A, B and C")).containsExactly(
                new Value("A", 0, 1), new Value("B", 3, 4), new Value("C", 9, 10));
    }

    @Test
    void oxfordComma() {
        assertThat(split("A, B, and C")).containsExactly(
                new Value("A", 0, 1), new Value("B", 3, 4), new Value("C", 10, 11));
    }

    @Test
    void spansAreInTheDocument() {
        String doc = "Starring: A, B and C";
        List<Value> items = NameLists.split(Value.of(doc, 10, doc.length()));
        assertThat(items).containsExactly(
                new Value("A", 10, 11), new Value("B", 13, 14), new Value("C", 19, 20));
        for (Value v : items) assertThat(doc.substring(v.begin(), v.end())).isEqualTo(v.text());
    }

    @Test
    void companySuffixIsNotSplitAndCountryDropped() {
        assertThat(split("Shochiku Co., Ltd. (Japan)")).containsExactly(new Value("Shochiku Co., Ltd.", 0, 18));
    }

    @Test
    void incIsNotSplit() {
        assertThat(split("Sony Pictures Entertainment, Inc. and Toho")).containsExactly(
                new Value("Sony Pictures Entertainment, Inc.", 0, 33), new Value("Toho", 38, 42));
    }

    @Test
    void listInsideParenthesesIsNotSplit() {
        assertThat(split("X Verleih AG (through Warner Bros., Y)")).containsExactly(new Value("X Verleih AG", 0, 12));
    }

    @Test
    void rolesInParenthesesDropped() {
        assertThat(split("Mutsuki Watanabe (Screenplay), Mika (Novel)")).containsExactly(
                new Value("Mutsuki Watanabe", 0, 16), new Value("Mika", 31, 35));
    }

    @Test
    void ampersandAndSemicolon() {
        assertThat(split("A & B; C")).containsExactly(
                new Value("A", 0, 1), new Value("B", 4, 5), new Value("C", 7, 8));
    }

    @Test
    void lines() {
        assertThat(split("A\nB")).containsExactly(new Value("A", 0, 1), new Value("B", 2, 3));
    }

    @Test
    void emptyItemsDropped() {
        assertThat(split("A, , B")).containsExactly(new Value("A", 0, 1), new Value("B", 5, 6));
    }

    @Test
    void lostListIsEmpty() {
        assertThat(NameLists.split(null)).isEmpty();
    }

    @Test
    void withoutParenthetical() {
        assertThat(NameLists.withoutParenthetical(new Value("Mika (Novel)", 5, 17))).isEqualTo(new Value("Mika", 5, 9));
        assertThat(NameLists.withoutParenthetical(new Value("(Japan)", 0, 7))).isNull();
        assertThat(NameLists.withoutParenthetical(new Value("A (b) c", 0, 7))).isEqualTo(new Value("A (b) c", 0, 7));
        assertThat(NameLists.withoutParenthetical(null)).isNull();
    }
}
