package org.kinograph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Ingests killed with SIGKILL at random moments lose nothing that was reported written and let
 * nothing in by halves; re-running completes the store exactly. CI runs 20 trials on 120
 * documents; {@code -Dkinograph.crash.docs=300 -Dkinograph.crash.trials=40} is the full run, and
 * {@code -Dkinograph.crash.seed=N} repeats the moments of a recorded run (see README).
 */
public class TestCrashSafety {

    @Test
    void killedIngestsLeaveEveryDocumentWholeOrAbsentAndReRunsComplete() throws IOException {
        int docs = Integer.getInteger("kinograph.crash.docs", 120);
        int trials = Integer.getInteger("kinograph.crash.trials", 20);
        long seed = Long.getLong("kinograph.crash.seed", new SecureRandom().nextLong());
        Path work = Results.scratch("crash");
        try {
            JsonObject report = new CrashHarness(work, docs, seed).run(trials);
            Results.write("crash", report);
            System.out.printf("crash safety: %s of %d trials passed, %d documents, seed %d%n", report.get("passed"),
                    trials, docs, seed);
            assertThat(CrashHarness.passed(report)).as("every trial passes (seed %d): %s", seed, report).isTrue();
        } finally {
            PathUtils.deleteDirectory(work);
        }
    }
}
