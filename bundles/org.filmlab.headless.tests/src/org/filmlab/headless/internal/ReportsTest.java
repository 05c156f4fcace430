// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.headless.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.filmlab.core.data.InputException;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.WorkflowDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that would not fit in memory never costs the run: results.json is written whole and the
 * user is told how to draw the report; {@code report --from} refuses before reading, saying how much.
 */
class ReportsTest {

    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static RunResult run;

    @TempDir
    Path dir;

    @BeforeAll
    static void runDefaultWorkflow() throws Exception {
        ContributionRegistry registry = ContributionRegistry.getDefault();
        WorkflowDocument doc = FilmLabCommand.workflow(registry, null);
        run = FilmLabCommand.analyse(registry, doc, Map.of(), QUIET);
    }

    @Test
    void aReportTooLargeForTheHeapLeavesTheResultsWholeAndSaysHowToDrawIt() throws Exception {
        Path out = dir.resolve("big");
        Reports.Written written = Reports.write(run, Optional.empty(), out, Long.MAX_VALUE / 4, QUIET);
        assertTrue(written.report().isEmpty());
        String why = written.notDrawn().orElseThrow();
        assertTrue(why.startsWith("the report of 110 films needs about "), why);
        assertTrue(why.contains("results.json is complete") && why.contains("filmlab report --from " + out)
                && why.contains("JAVA_TOOL_OPTIONS=-Xmx"), why);
        assertFalse(Files.exists(out.resolve("report.html")));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ResultsWriter.write(run, Optional.empty(), expected);
        assertEquals(expected.toString(StandardCharsets.UTF_8), Files.readString(out.resolve("results.json")));
    }

    @Test
    void aReportThatFitsIsDrawn() throws Exception {
        Path out = dir.resolve("small");
        Reports.Written written = Reports.write(run, Optional.empty(), out, true, QUIET);
        assertTrue(written.notDrawn().isEmpty());
        assertTrue(written.report().isPresent() && Files.isRegularFile(out.resolve("report.html")));
    }

    @Test
    void memoryIsRefusedOnlyBeyondWhatTheHeapCanGive() {
        assertTrue(Reports.shortfall(1).isEmpty());
        String why = Reports.shortfall(Runtime.getRuntime().maxMemory() + 1).orElseThrow();
        assertTrue(why.matches("needs about [0-9.]+ GB of memory and [0-9.]+ GB is free \\(of the [0-9.]+ GB"
                + " FilmLab may use\\)"), why);
    }

    @Test
    void reportFromRefusesResultsTooLargeToDrawBeforeReadingThem() throws Exception {
        Path out = dir.resolve("huge");
        Files.createDirectories(out);
        // Sparse: a file that says it is larger than the heap could hold three times over.
        try (var f = new java.io.RandomAccessFile(out.resolve("results.json").toFile(), "rw")) {
            f.setLength(Runtime.getRuntime().maxMemory() / Reports.REPORT_BYTES_PER_RESULTS_BYTE + 1);
        }
        InputException e = assertThrows(InputException.class,
                () -> Reports.rerender(Map.of("--from", out.toString()), QUIET, QUIET));
        assertTrue(e.getMessage().contains("results.json") && e.getMessage().contains("give FilmLab more: "
                + "JAVA_TOOL_OPTIONS=-Xmx"), e.getMessage());
        assertFalse(Files.exists(out.resolve("report.html")));
    }
}
