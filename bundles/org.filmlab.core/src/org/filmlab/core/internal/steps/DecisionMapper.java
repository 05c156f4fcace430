// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.Parallel;
import org.filmlab.core.internal.Metrics;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.step.ConditionGrid;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.LevelSupport;
import org.filmlab.core.workflow.StepFailedException;

/**
 * Predicts the class over a grid of two conditions for each level of a third, and reads the
 * process window off the grid. The grid spans the measured range of each axis; features that are
 * neither axis nor panel are held at their median.
 */
public final class DecisionMapper {

    private DecisionMapper() {
    }

    /**
     * What a map shows and for which class it draws the window.
     *
     * @param title what the maps show
     * @param labels what each class number means
     * @param windowClass the class the window is for, 0 for none
     * @param criterion why that class is good
     * @param noWindow why there is no window, when {@code windowClass} is 0
     */
    public record Legend(String title, List<String> labels, int windowClass, String criterion, String noWindow) {
    }

    /**
     * @param label the step, for failures
     * @param s the map settings: {@code x}, {@code y}, {@code panel}, {@code panelLevels}, {@code resolution}
     */
    public static DecisionMaps map(String label, ParameterValues s, Dataset data, List<String> features,
            TrainedModel model, Legend legend, IProgressMonitor monitor) throws StepFailedException {
        return map(label, s, data, features, model, List.of(), legend, monitor);
    }

    /**
     * @param label the step, for failures
     * @param s the map settings: {@code x}, {@code y}, {@code panel}, {@code panelLevels}, {@code resolution}
     * @param others the cross-validation models, whose agreement with {@code model} each grid point records
     */
    public static DecisionMaps map(String label, ParameterValues s, Dataset data, List<String> features,
            TrainedModel model, List<TrainedModel> others, Legend legend, IProgressMonitor monitor)
            throws StepFailedException {
        ConditionGrid g = ConditionGrid.of(s, data);
        String x = g.x();
        String y = g.y();
        String panel = g.panel();
        int n = g.xs().length;
        double[] xs = g.xs();
        double[] ys = g.ys();
        double[] levels = panel.isEmpty() ? new double[] {Double.NaN} : g.levels();

        Template t = template(data, features, x, y, panel);
        double[] row = t.row();
        int xi = t.xi();
        int yi = t.yi();
        int pi = t.pi();

        List<double[][]> allPoints = new ArrayList<>();
        for (double level : levels) {
            double[][] points = new double[n * n][];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    row[xi] = xs[i];
                    row[yi] = ys[j];
                    if (pi >= 0) {
                        row[pi] = level;
                    }
                    points[j * n + i] = row.clone();
                }
            }
            allPoints.add(points);
        }
        // The model's own predictions are one more piece beside the cross-validation models': all of
        // them on all cores, each model on one thread at a time.
        List<Agreement.Grid> predicted = Parallel.map(label + " predicting the map", 1 + others.size(), monitor,
                (m, cancel) -> Agreement.predict(label, m == 0 ? model : others.get(m - 1), allPoints, m == 0, cancel));
        List<DecisionMaps.Panel> panels = new ArrayList<>();
        for (int l = 0; l < levels.length; l++) {
            double level = levels[l];
            Prediction[] own = predicted.get(0).predictions()[l];
            int[][] classes = new int[n][n];
            double[][] margins = new double[n][n];
            double[][] probabilities = new double[n][n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    Prediction p = own[j * n + i];
                    classes[j][i] = p.label() + 1;
                    margins[j][i] = p.margin();
                    probabilities[j][i] = p.distribution()[p.label()];
                }
            }
            boolean isMeasured = pi < 0 || g.isMeasured(level);
            panels.add(new DecisionMaps.Panel(pi < 0 ? 0.0 : level, isMeasured, classes, margins, probabilities,
                    null, MeasuredRegion.hull(data, g, pi < 0 ? Double.NaN : level)));
        }
        panels = Agreement.add(panels, predicted.subList(1, predicted.size()));
        double[] measured = g.measured();
        DecisionMaps.ProcessWindow window = legend.windowClass() == 0 ? null
                : window(panels, measured, xs, ys, legend.windowClass(), legend.criterion());
        return new DecisionMaps(x, y, panel, xs, ys, t.held(), panels, window,
                window == null ? legend.noWindow() : "", legend.labels(), legend.title(), measured);
    }

    /**
     * A feature row with the features that are neither axis nor panel held at their median, and
     * where the axes and panel go in it.
     */
    private record Template(double[] row, int xi, int yi, int pi, List<String> held) {
    }

    private static Template template(Dataset data, List<String> features, String x, String y, String panel) {
        double[] row = new double[features.size()];
        List<String> held = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            String key = features.get(f);
            if (!key.equals(x) && !key.equals(y) && !key.equals(panel)) {
                row[f] = Metrics.median(data.column(key).orElseThrow().values());
                held.add(key + "=" + row[f]);
            }
        }
        return new Template(row, features.indexOf(x), features.indexOf(y), panel.isEmpty() ? -1
                : features.indexOf(panel), held);
    }

    /** @param measured the panel levels films were made at: the overall figures leave out panels beyond them */
    private static DecisionMaps.ProcessWindow window(List<DecisionMaps.Panel> panels, double[] measured, double[] xs,
            double[] ys, int windowClass, String criterion) {
        int n = xs.length;
        NearestOther nearestOther = new NearestOther(n);
        List<DecisionMaps.PanelWindow> out = new ArrayList<>();
        List<Double> allX = new ArrayList<>();
        List<Double> allY = new ArrayList<>();
        for (DecisionMaps.Panel p : panels) {
            boolean overall = LevelSupport.of(p.level(), p.measured(), measured) != LevelSupport.EXTRAPOLATED;
            int points = 0;
            double xMin = Double.POSITIVE_INFINITY;
            double xMax = Double.NEGATIVE_INFINITY;
            double yMin = Double.POSITIVE_INFINITY;
            double yMax = Double.NEGATIVE_INFINITY;
            List<int[]> inside = new ArrayList<>();
            List<int[]> outside = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    if (p.classes()[j][i] == windowClass) {
                        points++;
                        xMin = Math.min(xMin, xs[i]);
                        xMax = Math.max(xMax, xs[i]);
                        yMin = Math.min(yMin, ys[j]);
                        yMax = Math.max(yMax, ys[j]);
                        if (overall) {
                            allX.add(xs[i]);
                            allY.add(ys[j]);
                        }
                        inside.add(new int[] {i, j});
                    } else {
                        outside.add(new int[] {i, j});
                    }
                }
            }
            if (points == 0) {
                out.add(new DecisionMaps.PanelWindow(p.level(), p.measured(), 0, 0.0, 0, 0, 0, 0, 0, 0, 0, 0, false));
                continue;
            }
            // The most robust recipe: among the window points inside the measured region, the one
            // farthest from both any other class and the region's edge (beyond it nothing was made), in
            // units of each axis' range so L:S and X:B weigh alike. Where no window point lies inside,
            // the window point farthest from any other class, marked as outside.
            MeasuredRegion region = new MeasuredRegion(p.region(), xs, ys);
            boolean anyInside = inside.stream().anyMatch(a -> region.contains(a[0], a[1]));
            double best = -1;
            int[] robust = inside.get(0);
            for (int[] a : inside) {
                if (anyInside && !region.contains(a[0], a[1])) {
                    continue;
                }
                double nearest = nearestOther.distance(p.classes(), windowClass, a[0], a[1], outside);
                double score = anyInside ? Math.min(nearest, region.distanceToEdge(a[0], a[1])) : nearest;
                if (score > best) {
                    best = score;
                    robust = a;
                }
            }
            out.add(new DecisionMaps.PanelWindow(p.level(), p.measured(), points, points / (double) (n * n), xMin,
                    xMax, yMin, yMax, xs[robust[0]], ys[robust[1]], best, p.margins()[robust[1]][robust[0]],
                    anyInside));
        }
        double[] ax = allX.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ay = allY.stream().mapToDouble(Double::doubleValue).toArray();
        return new DecisionMaps.ProcessWindow(windowClass, criterion, out, ax.length, Metrics.mean(ax), Metrics.sd(ax),
                Metrics.mean(ay), Metrics.sd(ay), MeasuredRegion.RULE);
    }
}
