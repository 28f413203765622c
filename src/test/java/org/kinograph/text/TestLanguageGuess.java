package org.kinograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public class TestLanguageGuess {
    @Test
    void commonWordsTellTheLanguage() {
        assertThat(LanguageGuess.guess("The train was late and the night was cold, but it is a film that stays with you."))
                .isEqualTo("en");
        assertThat(LanguageGuess.guess("Der Zug ist spät und die Nacht ist kalt, aber das ist ein Film, der bleibt."))
                .isEqualTo("de");
        assertThat(LanguageGuess.guess("Le train est en retard et la nuit est froide, mais c'est un film qui reste dans la tête."))
                .isEqualTo("fr");
    }

    @Test
    void upperCaseStopWordsCount() {
        assertThat(LanguageGuess.guess("THE TRAIN WAS LATE AND THE NIGHT WAS COLD, BUT IT IS A FILM THAT STAYS."))
                .isEqualTo("en");
    }

    @Test
    void scriptsTellJapaneseAndKorean() {
        assertThat(LanguageGuess.guess("夜の電車はとても静かでした。")).isEqualTo("ja");
        assertThat(LanguageGuess.guess("밤 기차는 아주 조용했습니다")).isEqualTo("ko");
    }

    @Test
    void tooFewCommonWordsTellNothing() {
        assertThat(LanguageGuess.guess("Night Train")).isNull();
        assertThat(LanguageGuess.guess("")).isNull();
        // words that only begin like stop words ("there", "island", "andante") are not stop words
        assertThat(LanguageGuess.guess("There island andante thesis isolation")).isNull();
    }
}
