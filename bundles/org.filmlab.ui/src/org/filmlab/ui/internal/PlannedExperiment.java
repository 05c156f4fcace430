// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.Arrays;

import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiment;
import org.filmlab.core.workflow.NextExperiments;
import org.filmlab.core.workflow.RunResult;

/**
 * A film the user means to make next, picked on a decision map: its three conditions, the class the
 * classifier predicts there and the classifier's margin (how sure it is).
 *
 * @param dataset the file name of the data set the map was drawn from: a list kept across runs and
 *        restarts mixes data sets, and a film planned on one says nothing about another
 * @param panel the panel condition's key ({@code "P"}), or {@code ""} for a single map
 * @param level its value at the picked panel
 * @param measured whether films were made at that level (else the panel was interpolated)
 * @param x the key of the map's x condition ({@code "LS"})
 * @param xValue its value
 * @param y the key of the map's y condition ({@code "XB"})
 * @param yValue its value
 * @param predictedClass the class predicted there
 * @param classLabel that class's label
 * @param margin the classifier's margin there
 * @param origin where the film came from: empty for a point clicked on a map, else the suggester
 *        and the run that proposed it ({@code "suggested by Uncertainty sampling, seed 42, run of …"})
 */
record PlannedExperiment(String dataset, String panel, double level, boolean measured, String x, double xValue, String y,
        double yValue, int predictedClass, String classLabel, double margin, String origin) {

    PlannedExperiment {
        origin = origin == null ? "" : origin;
    }

    /** Whether both are the same film to make: the same data set and conditions, wherever they came from. */
    boolean sameFilm(PlannedExperiment o) {
        return dataset.equals(o.dataset) && panel.equals(o.panel) && Double.compare(level, o.level) == 0
                && x.equals(o.x) && Double.compare(xValue, o.xValue) == 0 && y.equals(o.y)
                && Double.compare(yValue, o.yValue) == 0;
    }

    /** A point picked on a map by the user. */
    PlannedExperiment(String dataset, String panel, double level, boolean measured, String x, double xValue, String y,
            double yValue, int predictedClass, String classLabel, double margin) {
        this(dataset, panel, level, measured, x, xValue, y, yValue, predictedClass, classLabel, margin, "");
    }

    /**
     * A recipe the run's suggester proposed, placed on the decision maps' axes (panel, x, y) so that it
     * sits in the list like a point clicked on a map, and saying which suggester and run it came from.
     */
    static PlannedExperiment suggested(RunResult result, DecisionMaps maps, NextExperiments next, NextExperiment r) {
        double level = maps.panel().isEmpty() ? 0.0 : r.recipe().getOrDefault(maps.panel(), 0.0);
        double[] measuredLevels = maps.panel().isEmpty() ? new double[0]
                : result.dataset().column(maps.panel()).map(c -> c.values()).orElse(new double[0]);
        boolean measured = Arrays.stream(measuredLevels).anyMatch(v -> v == level);
        int c = r.predictedClass();
        return new PlannedExperiment(result.dataset().source(), maps.panel(), level, measured, maps.x(),
                r.recipe().getOrDefault(maps.x(), Double.NaN), maps.y(), r.recipe().getOrDefault(maps.y(), Double.NaN),
                c, c >= 1 && c <= maps.labels().size() ? maps.labels().get(c - 1) : "", r.margin(),
                origin(result, next));
    }

    /** "suggested by Uncertainty sampling, seed 42, run of Chen–Duquesnoy 2021 on sample.csv". */
    static String origin(RunResult result, NextExperiments next) {
        return "suggested by " + (next.suggesterName().isEmpty() ? next.suggester() : next.suggesterName())
                + ", seed " + result.workflow().seed() + ", run of " + result.workflow().name() + " on "
                + result.dataset().source();
    }
}
