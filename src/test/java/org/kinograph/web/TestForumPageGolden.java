package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinograph.testing.Golden;

/** Golden cases of the forum-page genre (see {@link Golden}). */
public class TestForumPageGolden {

    static Stream<Path> cases() {
        return Golden.cases(ForumPage.NAME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsAsWrittenByHand(Path dir) {
        Golden.check(dir, ForumPage.NAME);
    }

    @Test
    void thereAreGoldenCases() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cases().filter(d -> Files.exists(d.resolve("expected.ttl")))).isNotEmpty();
    }
}
