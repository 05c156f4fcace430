// SPDX-License-Identifier: GPL-3.0-or-later
package @PACKAGE@.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;

import org.filmlab.core.data.Dataset;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.DatasetLoader;
import org.filmlab.core.workflow.PreparedWorkflow;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowEngine;
import org.filmlab.core.workflow.WorkflowReader;
import org.filmlab.sample.SampleData;
import org.junit.jupiter.api.Test;

/**
 * The plug-in's workflow as FilmLab runs it: the document read from the bundle through the
 * extension registry, run on FilmLab's bundled (synthetic) sample through the engine's gates.
 */
class WorkflowTest {

    private final ContributionRegistry registry = ContributionRegistry.getDefault();

    @Test
    void theWorkflowRunsOnTheSample() throws Exception {
        ContributionDescriptor d = registry.find(ContributionKind.WORKFLOW, "@ID@.workflow").orElseThrow(
                () -> new AssertionError("the workflow is not listed: check plugin.xml"));
        WorkflowDocument doc;
        try (InputStream in = registry.openWorkflow(d)) {
            doc = new WorkflowReader().read(in, d.id());
        }
        assertEquals("@ID@.workflow", doc.id(), "the document's id is the one plugin.xml declares");
        WorkflowEngine engine = new WorkflowEngine(registry);
        PreparedWorkflow prepared = engine.prepare(doc);
        Dataset films = new DatasetLoader(registry).load(SampleData.file(), doc.data(), null);
        engine.check(prepared, films);
        RunResult result = engine.run(prepared, films, null);
        RunResult.StepOutcome cluster = result.steps().stream().filter(s -> s.record().step().equals("cluster"))
                .findFirst().orElseThrow();
        assertEquals("@ID@.farthestFirst", cluster.record().contribution());
        assertTrue(cluster.ran(), () -> "the cluster step was skipped: " + cluster.skipped());
        assertTrue(result.skipped().isEmpty(), () -> "skipped: " + result.skipped());
    }
}
