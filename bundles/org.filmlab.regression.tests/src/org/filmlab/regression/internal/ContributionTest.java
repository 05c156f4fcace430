// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.data.DatasetMapping;
import org.filmlab.core.registry.ContributionDescriptor;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.registry.ContributionRegistry;
import org.filmlab.core.workflow.PreparedWorkflow;
import org.filmlab.core.workflow.ResultsReader;
import org.filmlab.core.workflow.ResultsWriter;
import org.filmlab.core.workflow.RunResult;
import org.filmlab.core.workflow.StepSpec;
import org.filmlab.core.workflow.WorkflowDocument;
import org.filmlab.core.workflow.WorkflowEngine;
import org.filmlab.core.workflow.WorkflowReader;
import org.filmlab.regression.PropertyMaps;
import org.filmlab.regression.internal.report.PropertyMapsSection;
import org.junit.jupiter.api.Test;

/** The step and the workflow as FilmLab finds them: through the extension registry, run by the engine. */
class ContributionTest {

    private static final ContributionRegistry REGISTRY = ContributionRegistry.getDefault();

    @Test
    void theEngineRunsTheContributedStepWithNothingBeforeIt() throws Exception {
        WorkflowDocument doc = new WorkflowDocument("test.regress", "Regress only", "1", "", 1, 60,
                new DatasetMapping(List.of(), List.of(), List.of()),
                List.of(StepSpec.of("regress", "", Map.of("properties", "sigmaN", "resolution", 11))));
        Dataset data = Films.factorial(c -> 1 + c[0] * c[1]);
        WorkflowEngine engine = new WorkflowEngine(REGISTRY);
        PreparedWorkflow prepared = engine.prepare(doc);
        engine.check(prepared, data);

        RunResult result = engine.run(prepared, data, new NullProgressMonitor());

        PropertyMaps maps = result.first(PropertyMaps.TYPE).orElseThrow();
        assertEquals(List.of("sigmaN"), maps.properties().stream().map(PropertyMaps.Property::key).toList());
        assertEquals(1.0, maps.properties().get(0).rSquared(), 1e-9);
        assertEquals(1, maps.summaryLines().size());

        // Through results.json and back, as the report reads it, then drawn by the contributed section.
        ResultsReader.Results read = ResultsReader.read(ResultsWriter.toJson(result), "results.json",
                ResultsReader.installedPartTypes(REGISTRY));
        PropertyMaps back = read.first(PropertyMaps.TYPE).orElseThrow();
        assertEquals(maps.summaryLines(), back.summaryLines());
        assertArrayEquals(maps.properties().get(0).panels().get(3).sd()[4],
                back.properties().get(0).panels().get(3).sd()[4], 0.0);
        FakeSection section = new FakeSection();
        new PropertyMapsSection().render(section, read, read.producerOf(back).orElseThrow(), back);
        assertTrue(section.text.get(0).startsWith("title: Property maps: quadratic"), section.text.toString());
        assertEquals(2 + 8, section.figures, "the one property's mean and prediction sd at the measured levels, and"
                + " a movie frame per level of P (as separate figures where the section has no slider)");
    }

    @Test
    void theReportSectionNamesColumnsByTheirSymbolsAndUnits() throws Exception {
        WorkflowDocument doc = new WorkflowDocument("test.regress", "Regress only", "1", "", 1, 60,
                new DatasetMapping(List.of(), List.of(), List.of()),
                List.of(StepSpec.of("regress", "", Map.of("properties", "sigmaN", "resolution", 11))));
        Map<String, String[]> named = Map.of("P", new String[] {"P%", "wt%"}, "LS", new String[] {"L:S", "µL/mg"},
                "XB", new String[] {"X:B", "vol%"}, "sigmaN", new String[] {"σN", "mS/cm"});
        Dataset data = Films.dataset(Films.factorial(c -> 1 + c[0] * c[1]).columns().stream()
                .map(c -> new Column(c.key(), named.get(c.key())[0], c.header(), c.role(), named.get(c.key())[1],
                        c.values()))
                .toList());
        WorkflowEngine engine = new WorkflowEngine(REGISTRY);
        RunResult result = engine.run(engine.prepare(doc), data, new NullProgressMonitor());
        ResultsReader.Results read = ResultsReader.read(ResultsWriter.toJson(result), "results.json",
                ResultsReader.installedPartTypes(REGISTRY));
        PropertyMaps maps = read.first(PropertyMaps.TYPE).orElseThrow();
        FakeSection section = new FakeSection();
        new PropertyMapsSection().render(section, read, read.producerOf(maps).orElseThrow(), maps);

        assertTrue(section.text.contains("heading: σN"), section.text.toString());
        assertTrue(section.text.contains("figure: Predicted σN"), section.text.toString());
        assertTrue(section.text.contains("figure: Movie: predicted σN across P% (P% = 3 wt% (measured))"),
                section.text.toString());
        assertTrue(section.axes.contains("X:B (vol%)"), section.axes.toString());
        assertTrue(section.axes.contains("L:S (µL/mg), P% = 3 wt%"), section.axes.toString());
        assertTrue(section.axes.contains("L:S (µL/mg), mean"), section.axes.toString());
        assertTrue(section.axes.contains("σN (mS/cm), prediction sd"), section.axes.toString());
        for (String axis : section.axes) {
            assertFalse(axis.matches("(LS|XB|P|sigmaN)\\b.*"), "an axis named by a key: " + axis);
        }
    }

    @Test
    void theWorkflowIsThePapersWithPropertyMapsAppended() throws Exception {
        ContributionDescriptor d = REGISTRY.list(ContributionKind.WORKFLOW).stream()
                .filter(w -> w.id().equals("org.filmlab.workflow.chenDuquesnoy2021.propertyMaps")).findFirst()
                .orElseThrow();
        WorkflowDocument doc;
        try (InputStream in = REGISTRY.openWorkflow(d)) {
            doc = new WorkflowReader().read(in, d.id());
        }
        assertEquals(d.id(), doc.id());
        assertTrue(doc.name().contains("property maps"), doc.name());
        List<String> steps = doc.steps().stream().map(StepSpec::step).toList();
        assertEquals(List.of("reduce", "cluster", "classes", "test", "test", "classify", "map", "sigmaOnlyMaps",
                "nextExperiments", "regress"), steps);
        assertEquals(Map.of("properties", "thickness,DoT,sigmaN", "model", "quadratic"),
                doc.steps().get(9).settings());
    }
}
