// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.Reducer;
import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.analysis.VariableMatrix;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.ColumnRole;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.registry.ContributionKind;
import org.filmlab.core.step.PartSpec;
import org.filmlab.core.step.PartType;
import org.filmlab.core.step.StepConfiguration;
import org.filmlab.core.step.StepExecution;
import org.filmlab.core.step.StepInput;
import org.filmlab.core.step.StepType;
import org.filmlab.core.workflow.Parts;
import org.filmlab.core.workflow.StepFailedException;

/** Reduces the films' variables to a few components with a contributed reducer (PCA, PLS ...). */
public final class ReduceStep implements StepType {

    private static final ParameterSet SETTINGS = ParameterSet.of(
            Parameter.choice("variables", "Variables", "Which columns the reducer receives: the conditions and the"
                    + " properties (as in the paper's PCA), or the properties only.", "conditions+properties",
                    "conditions+properties", "properties"),
            Parameter.text("exclude", "Left out", "Comma-separated columns kept out of the reduction, as the paper"
                    + " keeps P% out of its PCA as a qualitative variable. Names absent from the data are ignored.",
                    ""));

    @Override
    public ParameterSet parameters() {
        return SETTINGS;
    }

    @Override
    public Optional<ContributionKind> algorithms() {
        return Optional.of(ContributionKind.REDUCER);
    }

    @Override
    public List<StepInput> inputs() {
        return List.of();
    }

    @Override
    public List<PartType<?>> outputs() {
        return List.of(Parts.REDUCTION);
    }

    @Override
    public void configure(StepConfiguration c) {
        Dataset data = c.data();
        List<String> vars = variables(c.settings(), data).stream().map(Column::key).toList();
        if (vars.size() < 2) {
            c.problem("variables", "the reducer needs at least two variables, but gets "
                    + (vars.isEmpty() ? "none" : String.join(", ", vars)));
        }
        Shapes.report(c, c.checkAlgorithm(new DataShape(data.rowCount(), vars, Shapes.conditions(data),
                Shapes.properties(data), 0)));
        c.produce(Parts.REDUCTION, PartSpec.of(Math.min(vars.size(), data.rowCount() - 1)));
    }

    @Override
    public void execute(StepExecution e, IProgressMonitor monitor) throws StepFailedException {
        Dataset data = e.data();
        List<Column> vars = variables(e.settings(), data);
        List<String> keys = vars.stream().map(Column::key).toList();
        VariableMatrix m = new VariableMatrix(keys, data.matrix(vars));
        Reducer reducer = (Reducer) e.algorithm().orElseThrow();
        ParameterValues params = e.algorithmParameters();
        Reduction r = e.call("", () -> reducer.reduce(m, params, e.seed(), monitor));
        check(e.label(), r, data.rowCount(), keys.size());
        e.emit(Parts.REDUCTION, r);
    }

    @Override
    public int weight() {
        return 10;
    }

    static List<Column> variables(ParameterValues settings, Dataset data) {
        List<String> exclude = Arrays.stream(settings.getString("exclude").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<Column> out = new ArrayList<>();
        boolean withConditions = settings.getString("variables").equals("conditions+properties");
        for (Column c : data.columns()) {
            boolean wanted = withConditions || c.role() == ColumnRole.PROPERTY;
            boolean excluded = exclude.stream().anyMatch(x -> data.column(x).map(c::equals).orElse(false));
            if (wanted && !excluded) {
                out.add(c);
            }
        }
        return out;
    }

    private static void check(String label, Reduction r, int rows, int variables) throws StepFailedException {
        if (r.scores().length != rows) {
            throw Guard.malformed(label, "returned " + r.scores().length + " score rows for " + rows + " rows");
        }
        if (r.loadings().length != variables) {
            throw Guard.malformed(label, "returned loadings for " + r.loadings().length + " of " + variables
                    + " variables");
        }
        for (double[] row : r.scores()) {
            if (row.length != r.components().size() || !Arrays.stream(row).allMatch(Double::isFinite)) {
                throw Guard.malformed(label, "returned scores that are not finite or not one per component");
            }
        }
        if (!Arrays.stream(r.explainedVariance()).allMatch(Double::isFinite)) {
            throw Guard.malformed(label, "returned a non-finite explained variance");
        }
    }
}
