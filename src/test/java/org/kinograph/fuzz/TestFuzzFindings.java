package org.kinograph.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.source.Source;
import org.kinograph.testing.Graphs;

/**
 * What fuzzing found, written out as plain tests (the inputs that found them are also kept in
 * {@code FuzzTargetsInputs/<target>/crash-*} and run by every build).
 */
public class TestFuzzFindings {

    private static DocumentPipeline.Mapped map(String text) {
        return Graphs.map(Source.ofText(Path.of("/finding.txt"), text));
    }

    @Test
    void anInfoboxLineWithoutAKeyIsSkippedNotAnError() {
        String text = "= Winter Bakery (1968 film) =\n\n- : Teo Ulven\n- Directed by: Teo Ulven\n- Country: Norway\n\n"
                + "Winter Bakery is a 1968 Norwegian film.\n";
        assertThat(GenreRegistry.standard().detect(text).winner()).isPresent(); // detection threw before
        DocumentPipeline.Mapped m = map(text);
        assertThat(m.genre()).isEqualTo("encyclopedia-article");
        assertThat(m.skipped()).isNull();
    }

    @Test
    void aCastLineWhoseActorHasNoLetterAndNoCharacterIsSkipped() {
        String text = "= Paper Balcony =\n\n- Directed by: Maren Wexler\n- Country: France\n\n"
                + "Paper Balcony is a 1980 French film.\n\n==Cast==\n- Jonah Thorne as Bettina\n- --\n";
        DocumentPipeline.Mapped m = map(text); // mapping threw a NullPointerException before
        assertThat(m.skipped()).isNull();
        assertThat(m.document()).isNotEmpty();
    }
}
