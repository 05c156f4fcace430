// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.filmlab.core.step.PartType;
import org.filmlab.core.workflow.LevelSupport;
import org.filmlab.core.step.ResultPart;

/**
 * Each property regressed on the process conditions and predicted over a grid of two conditions,
 * one panel per level of a third: the paper's property maps (Fig. 3, Movies S1–S3) as fitted maps
 * with the standard error of the predicted mean. Grids are indexed {@code [y][x]}, as the decision
 * maps are, so that renderers treat both alike.
 *
 * @param model {@code "linear"} or {@code "quadratic"}
 * @param features the model's terms besides the intercept, over the standardized conditions
 *        ({@code "LS"}, {@code "LS²"}, {@code "LS·XB"})
 * @param x the condition on the horizontal axis, by key
 * @param y the condition on the vertical axis, by key
 * @param panel the condition that changes from panel to panel, or {@code ""} for one panel
 * @param xs the grid's x values
 * @param ys the grid's y values
 * @param properties one entry per property regressed, in the order asked for
 * @param measuredLevels the levels of the panel condition films were made at, ascending; empty
 *        without a panel, and in results written before FilmLab recorded them
 */
public record PropertyMaps(String model, List<String> features, String x, String y, String panel, double[] xs,
        double[] ys, List<Property> properties, double[] measuredLevels) implements ResultPart {

    /** The part type the regress step produces, for renderers to name in {@code plugin.xml}. */
    public static final PartType<PropertyMaps> TYPE = PartType.of("propertyMaps", PropertyMaps.class);

    public PropertyMaps {
        features = List.copyOf(features);
        properties = List.copyOf(properties);
        measuredLevels = measuredLevels == null ? new double[0] : measuredLevels;
    }

    /** Maps that do not say which levels films were made at, as results were before FilmLab recorded them. */
    public PropertyMaps(String model, List<String> features, String x, String y, String panel, double[] xs,
            double[] ys, List<Property> properties) {
        this(model, features, x, y, panel, xs, ys, properties, null);
    }

    /** How the films back this panel's level: measured, interpolated or extrapolated. */
    public LevelSupport support(Panel p) {
        return LevelSupport.of(p.level(), p.measured(), measuredLevels);
    }

    /**
     * One property's fit and maps.
     *
     * @param key the property's key
     * @param rSquared the fit's coefficient of determination on the data
     * @param residualSd the residuals' standard deviation, with the model's degrees of freedom
     * @param panels one map per panel level
     */
    public record Property(String key, double rSquared, double residualSd, List<Panel> panels) {

        public Property {
            panels = List.copyOf(panels);
        }
    }

    /**
     * One panel of a property's maps.
     *
     * @param level the panel condition's level (0 when there is no panel condition)
     * @param measured whether films were made at that level, rather than it being interpolated or
     *        extrapolated ({@link PropertyMaps#support(Panel)})
     * @param mean the predicted mean, {@code [y][x]}
     * @param sd the standard error of the predicted mean, {@code [y][x]}
     */
    public record Panel(double level, boolean measured, double[][] mean, double[][] sd) {
    }

    @Override
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        for (Property p : properties) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Panel panel : p.panels()) {
                for (double[] row : panel.mean()) {
                    for (double v : row) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            lines.add(String.format(Locale.ROOT, "%s (%s): R² %.3f, residual sd %.4g, predicted %.4g to %.4g", p.key(),
                    model, p.rSquared(), p.residualSd(), lo, hi));
        }
        return lines;
    }
}
