package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinograph.testing.Golden;

/** Golden cases of the blog-review genre (see {@link Golden}), among them a post about no film. */
public class TestBlogReviewGolden {

    static Stream<Path> cases() {
        return Golden.cases(BlogReview.NAME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsAsWrittenByHand(Path dir) {
        Golden.check(dir, BlogReview.NAME);
    }

    @Test
    void thereAreGoldenCasesOneOfThemAboutNoFilm() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cases().filter(d -> Files.exists(d.resolve("no-film.txt")))).isNotEmpty();
    }
}
