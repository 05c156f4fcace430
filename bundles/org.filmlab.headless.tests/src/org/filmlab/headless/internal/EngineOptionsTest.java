// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code run --engine}: refusals that come before any engine starts. */
class EngineOptionsTest {

    private static String rejects(String... args) {
        CommandRun run = CommandRun.run(args);
        String message = run.err();
        assertEquals(FilmLabCommand.EXIT_BAD_INPUT, run.code(), message);
        assertTrue(run.out().isEmpty(), "nothing printed as a result");
        return message;
    }

    @Test
    void thePapersWorkflowWithWekasSmoIsRefusedOnSparkNamingTheStepAndTheAlternative() {
        String err = rejects("run", "--engine", "spark", "--master", "local[2]", "--out", "/nonexistent/never");
        assertTrue(err.contains("(classify: Support vector machine (Weka SMO))") && err.contains("org.filmlab.weka.smo has no Spark"
                + " implementation") && err.contains("org.filmlab.liblinear.linearSvm"), err);
        // Its two-way ANOVA, σN-only maps and next experiments run on the driver: only SMO is refused.
        assertEquals(1, err.split("has no Spark implementation", -1).length - 1, err);
    }

    @Test
    void anUnknownEngineAndSparkOptionsWithoutSparkAreRefused() {
        assertTrue(rejects("run", "--engine", "flink").contains("'flink' is not an engine"));
        assertTrue(rejects("run", "--master", "local[2]").contains("is for --engine spark"));
        assertTrue(rejects("run", "--engine", "spark", "--spark-conf", "nokey").contains("is not KEY=VALUE"));
    }
}
