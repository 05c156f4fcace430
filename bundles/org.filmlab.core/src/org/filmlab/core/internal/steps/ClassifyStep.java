// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.step.PartSpec;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.ClassifierEvaluation;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.QualityClasses;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.TrainedClassifier;

/**
 * Learns the quality class from the process conditions with a contributed classifier, evaluated by
 * a stratified split and repeated stratified cross-validation, minority classes resampled in the
 * training part only (Weka's FilteredClassifier discipline).
 */
public final class ClassifyStep implements StepType {

    private static final ParameterSet SETTINGS = ParameterSet.of(
            Parameter.text("features", "Features", "Comma-separated conditions the classifier learns from; empty for"
                    + " every condition.", ""),
            Parameter.real("testFraction", "Test fraction", "Share of each class held out in the stratified split.",
                    0.2, 0.05, 0.5),
            Parameter.integer("folds", "Folds", "k of the repeated stratified k-fold cross-validation.", 5, 2, 20),
            Parameter.integer("repeats", "Repeats", "How many times the cross-validation folds are redrawn.", 10, 1,
                    200));

    @Override
    public ParameterSet parameters() {
        return SETTINGS;
    }

    @Override
    public Optional<ContributionKind> algorithms() {
        return Optional.of(ContributionKind.CLASSIFIER);
    }

    @Override
    public Map<String, ContributionKind> helpers() {
        return Map.of("resample", ContributionKind.RESAMPLER);
    }

    @Override
    public List<StepInput> inputs() {
        return List.of(StepInput.required(Parts.CLASSES));
    }

    @Override
    public List<PartType<?>> outputs() {
        return List.of(Parts.EVALUATION, Parts.CLASSIFIER);
    }

    @Override
    public void configure(StepConfiguration c) {
        Dataset data = c.data();
        List<String> conditions = Shapes.conditions(data);
        if (conditions.isEmpty()) {
            // Said for both products: the step cannot know whether a terminal or the desktop runs it.
            c.skip("the classifier learns the class from the process conditions, and the data has none (mark"
                    + " columns as conditions in the import wizard's mapping, or on the command line with"
                    + " --conditions or --map P=COLUMN)");
            return;
        }
        List<String> features = features(c.settings().getString("features"), conditions, c);
        int classes = c.spec(Parts.CLASSES).map(PartSpec::count).orElse(PartSpec.AT_RUN_TIME);
        Shapes.report(c, c.checkAlgorithm(new DataShape(data.rowCount(), features, conditions,
                Shapes.properties(data), Math.max(classes, 0))));
        c.produce(Parts.EVALUATION, PartSpec.of(features));
        c.produce(Parts.CLASSIFIER, PartSpec.of(features));
    }

    /** The listed features, each a condition of the data; every condition when none is listed. */
    private static List<String> features(String listed, List<String> conditions, StepConfiguration c) {
        if (listed.isBlank()) {
            return conditions;
        }
        List<String> out = new ArrayList<>();
        for (String f : listed.split(",")) {
            String key = f.strip();
            if (!conditions.contains(key)) {
                c.problem("features", "'" + key + "' is not a condition of the data (conditions: "
                        + String.join(", ", conditions) + "); bind a column to it with --map " + key
                        + "=COLUMN, or in the import wizard's mapping; or, for films that do not vary it, leave it out"
                        + " of the features");
            } else {
                out.add(key);
            }
        }
        return out;
    }

    @Override
    public void execute(StepExecution e, IProgressMonitor monitor) throws StepFailedException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        Dataset data = e.data();
        QualityClasses classes = e.input(Parts.CLASSES).orElseThrow();
        List<String> conditions = Shapes.conditions(data);
        String listed = e.settings().getString("features");
        List<String> features = listed.isBlank() ? conditions
                : java.util.Arrays.stream(listed.split(",")).map(String::strip).toList();
        LabeledSamples all = samples(data, features, classes);
        Training training = new Training(e);
        List<TrainedModel> firstRepeat = new ArrayList<>();
        ClassifierEvaluation evaluation = Evaluation.evaluate(e, training, all, firstRepeat, progress.split(90));
        TrainedModel model = training.fit(all, e.derivedSeed(e.index(), "final"), progress.split(10));
        e.emit(Parts.EVALUATION, evaluation);
        e.emit(Parts.CLASSIFIER, new TrainedClassifier(e.index(), features, model, firstRepeat, training::fit));
    }

    @Override
    public int weight() {
        return 60;
    }

    private static LabeledSamples samples(Dataset data, List<String> features, QualityClasses classes) {
        List<Column> cols = features.stream().map(f -> data.column(f).orElseThrow()).toList();
        int[] y = new int[data.rowCount()];
        for (int i = 0; i < y.length; i++) {
            y[i] = classes.assignment()[i] - 1;
        }
        return LabeledSamples.of(features, classes.count(), data.matrix(cols), y);
    }
}
