// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.data.Column;
import org.filmlab.core.data.DataValueException;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.step.ConditionGrid;
import org.filmlab.regression.PropertyMaps;

/**
 * Fits each property on the conditions and predicts it over the grid of the map step: the measured
 * range of the x and y conditions, one panel per level of the panel condition, the other conditions
 * held at their median.
 */
final class PropertyMapper {

    private PropertyMapper() {
    }

    /**
     * @param s the regress step's settings, already checked by its configure
     * @throws IllegalArgumentException when the data cannot determine the model for a property
     */
    static PropertyMaps map(Dataset data, ParameterValues s, IProgressMonitor monitor) {
        List<Column> conditions = data.conditions();
        List<Column> properties = Selection.properties(data, s.getString("properties"));
        String model = s.getString("model");
        if (model.equals(Terms.QUADRATIC)) {
            requireThreeLevels(data, conditions);
        }
        Terms terms = Terms.of(model, conditions);
        double[][] x = expandAll(terms, data.matrix(conditions));

        ConditionGrid grid = ConditionGrid.of(s, data);
        Column xc = Selection.condition(data, grid.x()).orElseThrow();
        Column yc = Selection.condition(data, grid.y()).orElseThrow();
        Column pc = grid.panel().isEmpty() ? null : Selection.condition(data, grid.panel()).orElseThrow();
        int n = grid.xs().length;
        double[] xs = grid.xs();
        double[] ys = grid.ys();
        double[] levels = pc == null ? new double[] {0.0} : grid.levels();

        double[] template = new double[conditions.size()];
        for (int k = 0; k < template.length; k++) {
            template[k] = median(conditions.get(k).values());
        }
        int xi = conditions.indexOf(xc);
        int yi = conditions.indexOf(yc);
        int pi = pc == null ? -1 : conditions.indexOf(pc);

        SubMonitor progress = SubMonitor.convert(monitor, "Regressing the properties on the conditions",
                properties.size());
        List<PropertyMaps.Property> out = new ArrayList<>();
        for (Column property : properties) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            LeastSquaresFit fit = fit(data, model, x, property);
            List<PropertyMaps.Panel> panels = new ArrayList<>();
            for (double level : levels) {
                double[][] mean = new double[n][n];
                double[][] sd = new double[n][n];
                double[] point = template.clone();
                if (pi >= 0) {
                    point[pi] = level;
                }
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < n; i++) {
                        point[xi] = xs[i];
                        point[yi] = ys[j];
                        double[] t = terms.expand(point);
                        mean[j][i] = fit.mean(t);
                        sd[j][i] = fit.sd(t);
                    }
                }
                boolean isMeasured = pi < 0 || grid.isMeasured(level);
                panels.add(new PropertyMaps.Panel(level, isMeasured, mean, sd));
            }
            out.add(new PropertyMaps.Property(property.key(), fit.rSquared(), fit.residualSd(), panels));
            progress.worked(1);
        }
        return new PropertyMaps(model, terms.names(), xc.key(), yc.key(), pc == null ? "" : pc.key(), xs, ys, out,
                grid.measured());
    }

    /**
     * A square term needs three levels of its condition: at two, x² is a linear function of x and the
     * fit is singular. Said of the condition, before any fit, in the user's terms.
     */
    private static void requireThreeLevels(Dataset data, List<Column> conditions) {
        for (Column c : conditions) {
            double[] levels = Arrays.stream(c.values()).distinct().sorted().toArray();
            if (levels.length < 3) {
                throw DataValueException.inColumn(data, c, c.symbol() + " takes " + levels.length + " value"
                        + (levels.length == 1 ? "" : "s") + " in these films (" + String.join(", ", Arrays.stream(
                                levels).mapToObj(DataValueException::number).toList()) + "), and the quadratic"
                        + " model's " + c.symbol() + "² needs three or more: set the regress step's model to"
                        + " linear");
            }
        }
    }

    private static LeastSquaresFit fit(Dataset data, String model, double[][] x, Column property) {
        try {
            return LeastSquaresFit.fit(x, property.values().clone());
        } catch (SingularMatrixException e) {
            throw DataValueException.inData(data, "the conditions do not determine the " + model + " model of "
                    + property.symbol() + ": some of them vary together in these films (one follows from the"
                    + " others), so their effects cannot be told apart"
                    + (model.equals(Terms.LINEAR) ? "" : "; the regress step's linear model may separate them"));
        }
    }

    private static double[][] expandAll(Terms terms, double[][] conditions) {
        double[][] out = new double[conditions.length][];
        for (int r = 0; r < conditions.length; r++) {
            out[r] = terms.expand(conditions[r]);
        }
        return out;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
