// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.step.ConditionGrid;
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
 * Predicts the class over a grid of two conditions, one panel per level of a third, and reads the
 * process window off it: the region of the best class the workflow's quality rule calls good. Where
 * the rule calls no class good, the maps are drawn and no window is.
 */
public final class MapStep implements StepType {

    private static final ParameterSet SETTINGS = ParameterSet.of(ConditionGrid.settings("LS", "XB", "P"));

    @Override
    public ParameterSet parameters() {
        return SETTINGS;
    }

    @Override
    public List<StepInput> inputs() {
        return List.of(StepInput.required(Parts.CLASSIFIER), StepInput.required(Parts.CLASSES));
    }

    @Override
    public List<PartType<?>> outputs() {
        return List.of(Parts.DECISION_MAPS);
    }

    @Override
    public void configure(StepConfiguration c) {
        List<String> features = c.spec(Parts.CLASSIFIER).map(PartSpec::names).orElse(List.of());
        ParameterValues s = c.settings();
        for (String axis : List.of("x", "y", "panel")) {
            String key = s.getString(axis).strip();
            if (axis.equals("panel") && key.isEmpty()) {
                continue;
            }
            if (!features.contains(key)) {
                c.problem(axis, "'" + key + "' is not one of the classifier's features ("
                        + String.join(", ", features) + ")" + (axis.equals("panel") ? "; set the panel to \"\" for"
                                + " one map over the other two" : ""));
            }
        }
        if (s.getString("x").equals(s.getString("y")) || s.getString("x").equals(s.getString("panel"))
                || s.getString("y").equals(s.getString("panel"))) {
            c.problem("", "x, y and panel must be three different conditions");
        }
        ConditionGrid.checkLevels(c);
    }

    @Override
    public void execute(StepExecution e, IProgressMonitor monitor) throws StepFailedException {
        TrainedClassifier classifier = e.input(Parts.CLASSIFIER).orElseThrow();
        QualityClasses classes = e.input(Parts.CLASSES).orElseThrow();
        DecisionMapper.Legend legend = new DecisionMapper.Legend("Decision maps", classes.labels(),
                classes.bestClass(), classes.criterion(), "no class is good by the workflow's quality rule: "
                        + classes.criterion());
        DecisionMaps maps = DecisionMapper.map(e.label(), e.settings(), e.data(), classifier.features(),
                classifier.model(), classifier.foldModels(), legend, monitor);
        e.emit(Parts.DECISION_MAPS, maps);
    }
}
