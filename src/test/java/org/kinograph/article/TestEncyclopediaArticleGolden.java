package org.kinograph.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinograph.testing.Golden;

/**
 * Golden cases of the encyclopedia-article genre: each folder holds an input (or an
 * {@code input.ref} naming a file of examples/corpus) and {@code expected.ttl}, written by hand
 * from the document; the mapped document graph without reifiers must be isomorphic to it.
 */
public class TestEncyclopediaArticleGolden {

    static Stream<Path> cases() {
        return Golden.cases(EncyclopediaArticle.NAME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsAsWrittenByHand(Path dir) {
        Golden.check(dir, EncyclopediaArticle.NAME);
    }

    @Test
    void thereAreGoldenCases() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(4);
    }
}
