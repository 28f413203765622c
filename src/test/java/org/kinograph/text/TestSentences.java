package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kinograph.model.Value;

public class TestSentences {

    @Test
    void splitsAndTrims() {
        String doc = "Koizora is a 2007 film. It was directed by Natsuki Imai! Was it a hit? Yes.";
        assertThat(Sentences.split(doc, 0, doc.length())).containsExactly(
                new Value("Koizora is a 2007 film.", 0, 23),
                new Value("It was directed by Natsuki Imai!", 24, 56),
                new Value("Was it a hit?", 57, 70),
                new Value("Yes.", 71, 75));
    }

    @Test
    void onlyTheGivenRangeWithDocumentOffsets() {
        String doc = "HEAD\nShe meets him. They fall in love.\nTAIL";
        assertThat(Sentences.split(doc, 5, 38)).containsExactly(
                new Value("She meets him.", 5, 19),
                new Value("They fall in love.", 20, 38));
    }

    @Test
    void newlinesBetweenSentencesTrimmed() {
        assertThat(Sentences.split("One.\n\nTwo.", 0, 10)).containsExactly(
                new Value("One.", 0, 4), new Value("Two.", 6, 10));
    }

    @Test
    void blankOrEmptyProse() {
        assertThat(Sentences.split("   ", 0, 3)).isEmpty();
        assertThat(Sentences.split("abc", 2, 2)).isEmpty();
    }

    @Test
    void aRunLongerThanASentenceCanBeIsLeftOut() {
        String run = "Word ".repeat(Sentences.MAX_LENGTH / 5 + 1).trim();
        String doc = "A short one. " + run + ". Another one.";
        assertThat(Sentences.split(doc, 0, doc.length())).extracting(Value::text)
                .containsExactly("A short one.", "Another one.");
    }
}
