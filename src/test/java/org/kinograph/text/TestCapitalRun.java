package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kinograph.model.Value;

public class TestCapitalRun {

    private static Value whole(String text) {
        return Value.of(text, 0, text.length());
    }

    @Test
    void hyphenatedCompany() {
        Value v = whole("It was produced by Cathay-Keris Films in Singapore.");
        assertThat(CapitalRun.at(v, 19)).isEqualTo(new Value("Cathay-Keris Films", 19, 37));
        // "at or before the first word": starting on the space before gives the same run
        assertThat(CapitalRun.at(v, 18)).isEqualTo(new Value("Cathay-Keris Films", 19, 37));
    }

    @Test
    void titleThenAuthorStopsAtLowerCaseAndPeriod() {
        Value v = whole("based on the novel Ningen Shikkaku by Osamu Dazai.");
        assertThat(CapitalRun.at(v, 19)).isEqualTo(new Value("Ningen Shikkaku", 19, 34));
        assertThat(CapitalRun.at(v, 38)).isEqualTo(new Value("Osamu Dazai", 38, 49));
    }

    @Test
    void joinersInsideButNotAtTheEnd() {
        assertThat(CapitalRun.at(whole("the Bank of Tokyo and others"), 4)).isEqualTo(new Value("Bank of Tokyo", 4, 17));
        assertThat(CapitalRun.at(whole("Osamu Dazai of"), 0)).isEqualTo(new Value("Osamu Dazai", 0, 11));
    }

    @Test
    void initialsKeepGoing() {
        Value v = whole("written by J. R. R. Tolkien. Later");
        assertThat(CapitalRun.at(v, 11)).isEqualTo(new Value("J. R. R. Tolkien", 11, 27));
    }

    @Test
    void companySuffixKeptWithItsPeriod() {
        Value v = whole("distributed by Shochiku Co., Ltd. in Japan");
        assertThat(CapitalRun.at(v, 15)).isEqualTo(new Value("Shochiku Co., Ltd.", 15, 33));
    }

    @Test
    void abbreviationInside() {
        assertThat(CapitalRun.at(whole("Warner Bros. Pictures released it"), 0))
                .isEqualTo(new Value("Warner Bros. Pictures", 0, 21));
    }

    @Test
    void digitsAfterTheFirstWord() {
        assertThat(CapitalRun.at(whole("Apollo 13 was"), 0)).isEqualTo(new Value("Apollo 13", 0, 9));
    }

    @Test
    void sentenceEnd() {
        assertThat(CapitalRun.at(whole("by Toho. The film"), 3)).isEqualTo(new Value("Toho", 3, 7));
    }

    @Test
    void noCapitalNoRun() {
        assertThat(CapitalRun.at(whole("the film"), 0)).isNull();
        assertThat(CapitalRun.at(whole("of Tokyo"), 0)).isNull();
        assertThat(CapitalRun.at(whole("by Toho"), 7)).isNull();
    }

    @Test
    void offsetsAreInTheDocument() {
        String doc = "XYZ based on a manga by Osamu Dazai";
        Value v = Value.of(doc, 4, doc.length());
        Value run = CapitalRun.at(v, 20);
        assertThat(run).isEqualTo(new Value("Osamu Dazai", 24, 35));
        assertThat(doc.substring(run.begin(), run.end())).isEqualTo("Osamu Dazai");
    }
}
