// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.GroupedData;
import org.filmlab.core.analysis.StatisticalTest;
import org.filmlab.core.analysis.TestResult;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.step.PartSpec;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.StepFailedException;

/** A statistical test of the properties across the quality classes. */
public final class TestStep implements StepType {

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of();
    }

    @Override
    public Optional<ContributionKind> algorithms() {
        return Optional.of(ContributionKind.TEST);
    }

    @Override
    public List<StepInput> inputs() {
        return List.of(StepInput.required(Parts.CLASSES));
    }

    @Override
    public List<PartType<?>> outputs() {
        return List.of(Parts.TEST);
    }

    @Override
    public void configure(StepConfiguration c) {
        Dataset data = c.data();
        int classes = c.spec(Parts.CLASSES).map(PartSpec::count).orElse(PartSpec.AT_RUN_TIME);
        List<Problems.Problem> found = c.checkAlgorithm(new DataShape(data.rowCount(), Shapes.properties(data),
                Shapes.conditions(data), Shapes.properties(data), Math.max(classes, 0)));
        if (!found.isEmpty() && data.conditions().isEmpty()) {
            // A test of the process conditions (the two-way ANOVA of X:B × L:S) on data that has none:
            // the test does not apply, the rest of the workflow still does.
            c.skip("the data has no conditions (" + found.get(0).message() + ")");
            return;
        }
        Shapes.report(c, found);
    }

    @Override
    public void execute(StepExecution e, IProgressMonitor monitor) throws StepFailedException {
        QualityClasses classes = e.input(Parts.CLASSES).orElseThrow();
        GroupedData grouped = new GroupedData(e.data(), classes.assignment(), classes.count());
        StatisticalTest test = (StatisticalTest) e.algorithm().orElseThrow();
        ParameterValues params = e.algorithmParameters();
        TestResult result = e.call("", () -> test.test(grouped, params, monitor));
        e.emit(Parts.TEST, result);
    }

    @Override
    public int weight() {
        return 2;
    }
}
