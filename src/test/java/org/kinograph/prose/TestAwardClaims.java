package org.kinograph.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinograph.model.AccoladeEntry;
import org.kinograph.model.Value;

public class TestAwardClaims {

    static String show(AccoladeEntry a) {
        return a.result().text() + " | " + text(a.year()) + " | " + text(a.award()) + " | " + text(a.category()) + " | "
                + String.join("+", a.recipients().stream().map(Value::text).toList());
    }

    static String text(Value v) {
        return v == null ? "-" : v.text();
    }

    static List<String> claims(String s) {
        Set<String> known = Set.of("Kirin Kiki", "Lily Franky", "Hirokazu Kore-eda");
        return AwardClaims.read(TestFilmSentences.v(s), n -> Names.resolve(n, known), "r", 0.7).stream()
                .map(TestAwardClaims::show).toList();
    }

    @Test
    void wonWithCategoriesAndRecipients() {
        assertThat(claims("The film won several prizes, including the Hochi Film Award for Best Supporting Actress "
                + "for Kirin Kiki, the Asian Film Award for Best Film, and the Blue Ribbon Award for Best Actor for "
                + "both Franky and Kiki.")).containsExactly(
                        "won | - | Hochi Film Award | Best Supporting Actress | Kirin Kiki",
                        "won | - | Asian Film Award | Best Film | ",
                        "won | - | Blue Ribbon Award | Best Actor | Lily Franky+Kirin Kiki");
    }

    @Test
    void nominatedListsSplitAtTheNextAward() {
        assertThat(claims("It was also nominated for the Academy Award for Best Foreign Language Film and the Golden "
                + "Globe Award for Best Foreign Language Film in 2019.")).containsExactly(
                        "nominated | - | Academy Award | Best Foreign Language Film | ",
                        "nominated | 2019 | Golden Globe Award | Best Foreign Language Film | ");
    }

    @Test
    void prizeAtAFestival() {
        assertThat(claims("The film won the Palme d'Or at the Cannes Film Festival in 2018, and an Honorary Award "
                + "at the Asia Pacific Screen Awards in 2019.")).containsExactly(
                        "won | 2018 | Cannes Film Festival | Palme d'Or | ",
                        "won | 2019 | Asia Pacific Screen Awards | Honorary Award | ");
    }

    @Test
    void theSentencesFullStopIsNotPartOfTheCategory() {
        assertThat(claims("It won the Academy Award for Best Animated Feature.")).containsExactly(
                "won | - | Academy Award | Best Animated Feature | ");
    }

    @Test
    void noAwardNoClaim() {
        assertThat(claims("She won his heart in the end.")).isEmpty();
        assertThat(claims("It received several awards and nominations.")).isEmpty();
    }

    @Test
    void theRowHoldsEveryCell() {
        var all = AwardClaims.read(TestFilmSentences.v("It won the Blue Ribbon Award for Best Film."), n -> n, "r", 0.7);
        AccoladeEntry a = all.get(0);
        for (Value cell : new Value[] {a.result(), a.award(), a.category()}) {
            assertThat(cell.begin()).isGreaterThanOrEqualTo(a.row().begin());
            assertThat(cell.end()).isLessThanOrEqualTo(a.row().end());
        }
    }
}
