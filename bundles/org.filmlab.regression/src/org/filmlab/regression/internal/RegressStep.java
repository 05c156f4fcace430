// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;


import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.step.ConditionGrid;
import org.filmlab.core.step.PartSpec;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.StepFailedException;
import org.filmlab.regression.PropertyMaps;

/**
 * Property maps: each property regressed on the process conditions by least squares and predicted
 * over the map step's grid with the uncertainty of the prediction. It reads the data directly and
 * needs no earlier step, so it also runs where no classes could be made.
 */
public final class RegressStep implements StepType {

    private static final ParameterSet SETTINGS = ParameterSet.of(Stream.concat(Stream.of(
            Parameter.text("properties", "Properties", "Comma-separated properties to regress; empty for every"
                    + " property.", ""),
            Parameter.choice("model", "Model", "quadratic: least squares on the standardized conditions, their"
                    + " squares and pairwise products; linear: on the standardized conditions only.",
                    Terms.QUADRATIC, Terms.QUADRATIC, Terms.LINEAR)),
            Arrays.stream(ConditionGrid.settings("LS", "XB", "P"))).toArray(Parameter[]::new));

    @Override
    public ParameterSet parameters() {
        return SETTINGS;
    }

    @Override
    public List<StepInput> inputs() {
        return List.of();
    }

    @Override
    public List<PartType<?>> outputs() {
        return List.of(PropertyMaps.TYPE);
    }

    @Override
    public void configure(StepConfiguration c) {
        Dataset data = c.data();
        if (data.conditions().isEmpty()) {
            c.skip("the data has no process conditions to regress the properties on");
            return;
        }
        ParameterValues s = c.settings();
        List<Column> properties = List.of();
        try {
            properties = Selection.properties(data, s.getString("properties"));
        } catch (IllegalArgumentException e) {
            c.problem("properties", e.getMessage());
        }
        if (properties.isEmpty() && !c.hasProblems()) {
            c.skip("the data has no properties to regress");
            return;
        }
        checkAxes(c, data, s);
        String model = s.getString("model");
        int terms = Terms.count(model, data.conditions().size()) + 1;
        if (data.rowCount() <= terms) {
            c.problem("model", "the " + model + " model on " + data.conditions().size() + " conditions has " + terms
                    + " terms with the intercept and needs more films than that; the data has " + data.rowCount()
                    + (model.equals(Terms.LINEAR) ? "" : ": choose the linear model"));
        }
        if (!c.hasProblems()) {
            c.produce(PropertyMaps.TYPE, PartSpec.of(properties.stream().map(Column::key).toList()));
        }
    }

    private static void checkAxes(StepConfiguration c, Dataset data, ParameterValues s) {
        List<String> chosen = new ArrayList<>();
        for (String axis : List.of("x", "y", "panel")) {
            String name = s.getString(axis).strip();
            if (axis.equals("panel") && name.isEmpty()) {
                continue;
            }
            Optional<Column> condition = Selection.condition(data, name);
            if (condition.isEmpty()) {
                c.problem(axis, "'" + name + "' is not a condition of the data (conditions: "
                        + Selection.keys(data.conditions()) + ")" + (axis.equals("panel") ? "; set the panel to \"\""
                                + " for one map over the other two" : ""));
            } else if (chosen.contains(condition.get().key())) {
                c.problem(axis, "x, y and panel must be different conditions; '" + name + "' is used twice");
            } else {
                chosen.add(condition.get().key());
            }
        }
        ConditionGrid.checkLevels(c);
    }

    @Override
    public void execute(StepExecution e, IProgressMonitor monitor) throws StepFailedException {
        PropertyMaps maps = e.call("regressing the properties on the conditions",
                () -> PropertyMapper.map(e.data(), e.settings(), monitor));
        e.emit(PropertyMaps.TYPE, maps);
    }
}
