package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinograph.testing.Cli;
import org.kinograph.testing.TestFiles;

/**
 * {@code kinograph link-eval} on the shared half of the DBpedia–LinkedMDB benchmark (read from
 * ../shared/linking at run time): F1 at least 0.985 at the default thresholds with at least 20×
 * fewer comparisons than source × target, and the LIMES specification's figures beside it.
 */
public class TestLinkEval {
    static Cli.Run run;

    @BeforeAll
    static void runOnce() {
        Path dir = TestFiles.sharedFile("linking/dbpedia-linkedmdb");
        run = Cli.run("link-eval", "--baseline", "--source", dir.resolve("source.csv").toString(),
                "--target", dir.resolve("target.csv").toString(), "--gold", dir.resolve("reference.csv").toString());
    }

    private static Matcher row(String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+(\\d+)\\s+(\\d+)")
                .matcher(run.out());
        assertThat(m.find()).as("row " + name + " in\n" + run.out()).isTrue();
        return m;
    }

    @Test
    void matcherReachesTheBarWithFarFewerComparisons() {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("516 source films, 523 target films, 528 gold pairs");
        Matcher m = row("kinograph (trigram)");
        assertThat(Double.parseDouble(m.group(3))).as("F1").isGreaterThanOrEqualTo(0.985);
        assertThat(Double.parseDouble(m.group(1))).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(Long.parseLong(m.group(5)) * 20).as("comparisons x 20").isLessThanOrEqualTo(516L * 523);
        assertThat(run.out()).contains("(source x target = 269868 pairs)");
    }

    @Test
    void baselineReproducesTheLimesFigures() {
        Matcher m = row("LIMES specification");
        assertThat(m.group(1)).isEqualTo("0.9736");
        assertThat(m.group(2)).isEqualTo("0.9773");
        assertThat(m.group(3)).isEqualTo("0.9754");
        assertThat(m.group(4)).isEqualTo("530");
        assertThat(m.group(5)).isEqualTo("269868");
    }

    @Test
    void differentSequelsInTheGoldAreListedWithBothScores() {
        assertThat(run.out()).containsPattern(
                "missed\\s+0\\.7\\d\\d / 0\\.000\\s+\"Ernest Goes to Camp\" \\(John R\\. Cherry III\\)\\s+->\\s+\"Ernest Goes to Jail\"");
        assertThat(run.out()).containsPattern("missed\\s+0\\.\\d+ / 0\\.000\\s+\"Charlie Chan in Panama\".*->\\s+\"Charlie Chan in Reno\"");
    }

    @Test
    void unknownMeasureIsAUsageError() {
        Path dir = TestFiles.sharedFile("linking/dbpedia-linkedmdb");
        Cli.Run r = Cli.run("link-eval", "--measure", "soundex", "--source", dir.resolve("source.csv").toString(),
                "--target", dir.resolve("target.csv").toString(), "--gold", dir.resolve("reference.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown --measure soundex");
    }

    @Test
    void missingFileIsAUsageError() {
        Cli.Run r = Cli.run("link-eval", "--source", "nope.csv", "--target", "nope.csv", "--gold", "nope.csv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no such file: nope.csv");
    }
}
