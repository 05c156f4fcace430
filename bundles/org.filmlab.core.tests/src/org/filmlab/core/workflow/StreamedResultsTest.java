// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.workflow.WorkflowEngineTest.Trail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * results.json written while the steps run ({@link ResultsWriter.Streamed}) is the file written
 * after them, byte for byte, whatever order the steps end in; a run that fails leaves the folder
 * as it was.
 */
class StreamedResultsTest {

    @TempDir
    Path dir;

    private static final Map<String, Supplier<StepScheduleTest.Kind>> KINDS = Map.of(
            "makeA", () -> new StepScheduleTest.Kind(List.of(), List.of(WorkflowEngineTest.A),
                    (e, m) -> e.emit(WorkflowEngineTest.A, new Trail(List.of("makeA")))),
            "useA", () -> new StepScheduleTest.Kind(List.of(StepInput.required(WorkflowEngineTest.A)),
                    List.of(WorkflowEngineTest.B), (e, m) -> e.emit(WorkflowEngineTest.B,
                            new Trail(List.of("useA after " + e.input(WorkflowEngineTest.A).orElseThrow().steps())))));

    private final WorkflowEngine engine = new WorkflowEngine(WorkflowEngineTest.registry(KINDS));

    private RunResult run(ResultsWriter.Streamed results) throws Exception {
        PreparedWorkflow p = engine.prepare(WorkflowEngineTest.doc(60, "makeA", "useA", "makeA"));
        engine.check(p, WorkflowEngineTest.FILMS);
        return engine.run(p, WorkflowEngineTest.FILMS, new NullProgressMonitor(), results::step);
    }

    private static byte[] resultsOf(Path folder) throws Exception {
        return Files.readAllBytes(folder.resolve("results.json"));
    }

    @Test
    void theStreamedFileIsTheFileWrittenAfterTheRun() throws Exception {
        ResultsWriter.Streamed streamed = ResultsWriter.Streamed.start(dir.resolve("streamed"), WorkflowEngineTest.FILMS, 3);
        RunResult r = run(streamed);
        streamed.finish(r, Optional.empty());
        ResultsWriter.write(r, Optional.empty(), dir.resolve("after"));
        assertArrayEquals(resultsOf(dir.resolve("after")), resultsOf(dir.resolve("streamed")));
    }

    @Test
    void stepsEndingInAnyOrderAreWrittenInTheDocumentsOrder() throws Exception {
        ResultsWriter.Streamed first = ResultsWriter.Streamed.start(dir.resolve("first"), WorkflowEngineTest.FILMS, 3);
        RunResult r = run(first);
        first.finish(r, Optional.empty());

        ResultsWriter.Streamed reversed = ResultsWriter.Streamed.start(dir.resolve("reversed"), WorkflowEngineTest.FILMS, 3);
        for (int i = r.steps().size() - 1; i >= 0; i--) {
            reversed.step(r.steps().get(i));
        }
        reversed.finish(r, Optional.empty());
        assertArrayEquals(resultsOf(dir.resolve("first")), resultsOf(dir.resolve("reversed")));
    }

    @Test
    void anAbandonedRunLeavesTheEarlierFolderAsItWas() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.json"), "an earlier run");
        ResultsWriter.Streamed streamed = ResultsWriter.Streamed.start(out, WorkflowEngineTest.FILMS, 3);
        // Another run gives the outcomes; it is abandoned too, after all its steps and before finishing.
        ResultsWriter.Streamed other = ResultsWriter.Streamed.start(dir.resolve("other"), WorkflowEngineTest.FILMS, 3);
        RunResult r = run(other);
        other.abandon();
        streamed.step(r.steps().get(0));
        streamed.abandon();

        assertEquals("an earlier run", new String(resultsOf(out), StandardCharsets.UTF_8));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("out"), left.map(p -> p.getFileName().toString()).toList(),
                    "no half-written folder is left");
        }
    }
}
