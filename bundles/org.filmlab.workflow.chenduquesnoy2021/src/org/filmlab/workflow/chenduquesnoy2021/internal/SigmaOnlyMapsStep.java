// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.workflow.chenduquesnoy2021.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.steps.DecisionMapper;
import org.filmlab.core.internal.steps.MapStep;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.core.step.PartSpec;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.TrainedClassifier;

/**
 * The paper's contrast (Fig. 4): the same classifier trained on classes from σN alone (high: the
 * paper's classes 1 and 2 merged; low: class 3), mapped over the same grid as the full classes, to
 * show what the RD criterion adds. Applies only to the paper's three classes.
 */
public final class SigmaOnlyMapsStep implements StepType {

    /** Decision maps of the σN-only classes. */
    public static final PartType<DecisionMaps> SIGMA_ONLY_MAPS = PartType.of("sigmaOnlyDecisionMaps",
            DecisionMaps.class);

    private static final List<String> LABELS = List.of("high σN", "low σN");

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of();
    }

    @Override
    public List<StepInput> inputs() {
        return List.of(StepInput.required(Parts.CLASSES), StepInput.required(Parts.CLASSIFIER),
                StepInput.required(Parts.DECISION_MAPS));
    }

    @Override
    public List<PartType<?>> outputs() {
        return List.of(SIGMA_ONLY_MAPS);
    }

    @Override
    public void configure(StepConfiguration c) {
        int classes = c.spec(Parts.CLASSES).map(PartSpec::count).orElse(PartSpec.AT_RUN_TIME);
        if (!isProperty(c.data(), PaperQualityRule.SIGMA_N) || !isProperty(c.data(), PaperQualityRule.RD)
                || (classes != PartSpec.AT_RUN_TIME && classes != 3)) {
            c.skip("the σN-only maps contrast the paper's three classes (σN and RD properties, 3 clusters)");
        }
    }

    private static boolean isProperty(Dataset data, String key) {
        return data.column(key).map(Column::role).orElse(null) == ColumnRole.PROPERTY;
    }

    @Override
    public void execute(StepExecution e, IProgressMonitor monitor) throws StepFailedException {
        QualityClasses classes = e.input(Parts.CLASSES).orElseThrow();
        if (!"paper".equals(classes.naming())) {
            e.nothingToProduce("the classes are not the paper's (naming: " + classes.naming() + ")");
            return;
        }
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        TrainedClassifier classifier = e.input(Parts.CLASSIFIER).orElseThrow();
        DecisionMaps full = e.input(Parts.DECISION_MAPS).orElseThrow();
        List<String> features = classifier.features();
        List<Column> cols = features.stream().map(f -> e.data().column(f).orElseThrow()).toList();
        // High σN: the paper's classes 1 and 2; low σN: class 3.
        int[] merged = Arrays.stream(classes.assignment()).map(c -> c == 3 ? 1 : 0).toArray();
        LabeledSamples sigmaOnly = LabeledSamples.of(features, 2, e.data().matrix(cols), merged);
        TrainedModel model = classifier.fitter().fit(sigmaOnly,
                e.derivedSeed(classifier.stepIndex(), "final-sigma"), progress.split(1));
        DecisionMapper.Legend legend = new DecisionMapper.Legend("Decision maps of the σN-only classes", LABELS, 0,
                "", "these maps contrast high and low σN only; the process window is read from the full classes");
        e.emit(SIGMA_ONLY_MAPS, DecisionMapper.map(e.label(), sameGrid(full), e.data(), features, model, legend,
                progress.split(1)));
    }

    /** The settings that give the grid of {@code maps}: the same axes, panels and resolution. */
    private static ParameterValues sameGrid(DecisionMaps maps) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("x", maps.x());
        given.put("y", maps.y());
        given.put("panel", maps.panel());
        given.put("panelLevels", maps.panel().isEmpty() ? "" : maps.panels().stream()
                .map(p -> Double.toString(p.level())).collect(Collectors.joining(",")));
        given.put("resolution", maps.xs().length);
        Problems problems = new Problems();
        ParameterValues values = new MapStep().parameters().resolve(given, "", problems);
        problems.requireNone();
        return values;
    }

    @Override
    public int weight() {
        return 10;
    }
}
