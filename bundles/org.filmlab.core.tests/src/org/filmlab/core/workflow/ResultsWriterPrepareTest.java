// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.ResultPart;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;

/**
 * ResultsWriter.prepare builds, before a run, the serializers of the parts its steps declare, so
 * that writing results.json after the analysis does not (a cold process spent ~0.06 s on them).
 */
class ResultsWriterPrepareTest {

    /** Parts no other test writes, so that their serializers are not in the shared mapper yet. */
    record Measured(String film, Spread spread) implements ResultPart {
    }

    record Spread(double low, double high) {
    }

    /** The same shape, declared by no step. */
    record Unannounced(String film, Spread spread) implements ResultPart {
    }

    static final PartType<Measured> MEASURED = PartType.of("measured", Measured.class);

    @Test
    void theDeclaredPartsSerializersAreBuiltBeforeTheRun() throws Exception {
        WorkflowEngine engine = new WorkflowEngine(WorkflowEngineTest.registry(Map.of("measure",
                () -> new StepScheduleTest.Kind(List.of(), List.of(MEASURED),
                        (e, monitor) -> e.emit(MEASURED, new Measured("a", new Spread(1.5, 2.5)))))));
        PreparedWorkflow prepared = engine.prepare(WorkflowEngineTest.doc(60, "measure"));
        DefaultSerializerProvider serializers = (DefaultSerializerProvider) ResultsReader.MAPPER
                .getSerializerProvider();

        int before = serializers.cachedSerializersCount();
        ResultsWriter.prepare(prepared);
        int prepared1 = serializers.cachedSerializersCount();
        assertTrue(prepared1 > before, "prepare built the declared part's serializers");

        RunResult result = engine.run(prepared, WorkflowEngineTest.FILMS, new NullProgressMonitor());
        ResultsReader.MAPPER.writeValue(OutputStream.nullOutputStream(), result.steps().get(0).parts().get(0).part());
        assertEquals(prepared1, serializers.cachedSerializersCount(), "writing the part built no serializer");

        ResultsReader.MAPPER.writeValue(OutputStream.nullOutputStream(), new Unannounced("a", new Spread(1, 2)));
        assertTrue(serializers.cachedSerializersCount() > prepared1,
                "a part no step declared is built when written (the check above can fail)");
    }
}
