// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.core.workflow.TrainedClassifier;

/**
 * Proposes recipes where the classifier is least sure and its cross-validation models disagree:
 * the films that teach the model most.
 */
public final class NextExperimentsStep implements StepType {

    private static final ParameterSet SETTINGS = ParameterSet.of(
            Parameter.integer("count", "Recipes", "How many recipes to propose.", 8, 1, 50),
            Parameter.real("spacing", "Spacing", "The smallest distance between two proposed recipes, in units of"
                    + " each condition's range.", 0.15, 0.0, 1.0));

    @Override
    public ParameterSet parameters() {
        return SETTINGS;
    }

    @Override
    public List<StepInput> inputs() {
        return List.of(StepInput.required(Parts.CLASSIFIER), StepInput.required(Parts.DECISION_MAPS));
    }

    @Override
    public List<PartType<?>> outputs() {
        return List.of(Parts.NEXT_EXPERIMENTS);
    }

    @Override
    public void configure(StepConfiguration c) {
        // Everything it needs is checked by the classify and map steps it depends on.
    }

    @Override
    public void execute(StepExecution e, IProgressMonitor monitor) throws StepFailedException {
        TrainedClassifier classifier = e.input(Parts.CLASSIFIER).orElseThrow();
        DecisionMaps maps = e.input(Parts.DECISION_MAPS).orElseThrow();
        List<NextExperiment> recipes = DecisionMapper.nextExperiments(e.label(), e.settings().getInt("count"),
                e.settings().getDouble("spacing"), e.data(), classifier.features(), maps, classifier.foldModels(),
                monitor);
        e.emit(Parts.NEXT_EXPERIMENTS, new NextExperiments(classifier.features(), recipes));
    }
}
