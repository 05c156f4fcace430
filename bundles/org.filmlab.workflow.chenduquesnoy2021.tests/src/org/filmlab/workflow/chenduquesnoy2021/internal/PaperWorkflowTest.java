// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.workflow.chenduquesnoy2021.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.StepSpec;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowReader;
import org.filmlab.core.workflow.WorkflowWriter;
import org.junit.jupiter.api.Test;

class PaperWorkflowTest {

    private static WorkflowDocument paper() throws Exception {
        ContributionRegistry registry = ContributionRegistry.getDefault();
        ContributionDescriptor d = registry.list(ContributionKind.WORKFLOW).stream()
                .filter(ContributionDescriptor::isDefault).findFirst().orElseThrow();
        try (InputStream in = registry.openWorkflow(d)) {
            return new WorkflowReader().read(in, d.id());
        }
    }

    @Test
    void thePapersWorkflowIsContributedAndReads() throws Exception {
        WorkflowDocument doc = paper();
        assertEquals("org.filmlab.workflow.chenDuquesnoy2021", doc.id());
        assertEquals(List.of("reduce", "cluster", "classes", "test", "test", "classify", "map", "sigmaOnlyMaps",
                "nextExperiments"), doc.steps().stream().map(StepSpec::step).toList());
        assertTrue(doc.cites().contains("10.1021/acsenergylett.1c00332"));
        assertEquals("org.filmlab.weka.randomOversampling", doc.steps().get(5).resample());
        assertEquals("org.filmlab.workflow.chenDuquesnoy2021.quality", doc.steps().get(2).use());
    }

    @Test
    void writingThenReadingGivesTheSameDocument() throws Exception {
        WorkflowDocument doc = paper().withSeed(5).withParam("cluster", "k", 4).asVariant("k = 4");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.writeJson(WorkflowWriter.toJson(doc), out);
        WorkflowDocument back = new WorkflowReader().read(new ByteArrayInputStream(out.toByteArray()), "again");
        assertEquals(doc, back);
        assertEquals(4, back.steps().get(1).params().get("k"));
        assertEquals("org.filmlab.workflow.chenDuquesnoy2021.variant", back.id(), "a changed workflow is not the paper's");
        assertTrue(back.name().endsWith("(changed: k = 4)"), back.name());
    }

    @Test
    void aFormat1DocumentSaysExplicitlyWhatItAlwaysMeant() throws Exception {
        String v1 = """
                {"format": "filmlab.workflow/1", "id": "mine", "seed": 1, "steps": [
                 {"step": "reduce", "use": "org.filmlab.weka.pca"},
                 {"step": "cluster", "use": "org.filmlab.weka.kmeans", "params": {"k": 3}},
                 {"step": "classify", "use": "org.filmlab.weka.smo"},
                 {"step": "map", "settings": {"windowClass": 1, "nextExperiments": 4}}]}""";
        WorkflowDocument doc = new WorkflowReader().read(new ByteArrayInputStream(v1.getBytes(StandardCharsets.UTF_8)),
                "v1.json");
        assertEquals(List.of("reduce", "cluster", "classes", "classify", "map", "sigmaOnlyMaps", "nextExperiments"),
                doc.steps().stream().map(StepSpec::step).toList());
        assertEquals("org.filmlab.workflow.chenDuquesnoy2021.quality", doc.steps().get(2).use());
        assertEquals(4, doc.steps().get(6).settings().get("count"));
        assertTrue(doc.steps().get(4).settings().isEmpty(), "windowClass is the quality rule's business now");
    }
}
