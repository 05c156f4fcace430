// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.internal.Metrics;
import org.filmlab.core.params.ParameterValues;

/**
 * Predicts the class over a grid of two conditions for each level of a third, and reads the
 * process window off the grid. The grid spans the measured range of each axis; features that are
 * neither axis nor panel are held at their median.
 */
final class DecisionMapper {

    private DecisionMapper() {
    }

    static DecisionMaps map(PreparedWorkflow.Step step, Dataset data, List<String> features, TrainedModel model,
            List<String> labels, IProgressMonitor monitor) throws StepFailedException {
        ParameterValues s = step.settings();
        String x = s.getString("x");
        String y = s.getString("y");
        String panel = s.getString("panel");
        int n = s.getInt("resolution");
        int windowClass = s.getInt("windowClass");
        double[] xs = grid(data.column(x).orElseThrow().values(), n);
        double[] ys = grid(data.column(y).orElseThrow().values(), n);
        double[] levels = panel.isEmpty() ? new double[] {Double.NaN} : WorkflowEngine.panelLevels(s, data);
        double[] measured = panel.isEmpty() ? new double[0]
                : WorkflowEngine.distinct(data.column(panel).orElseThrow().values());

        Template t = template(data, features, x, y, panel);
        double[] row = t.row();
        int xi = t.xi();
        int yi = t.yi();
        int pi = t.pi();

        SubMonitor progress = SubMonitor.convert(monitor, levels.length);
        List<DecisionMaps.Panel> panels = new ArrayList<>();
        for (double level : levels) {
            SubMonitor.convert(progress.split(1));
            int[][] classes = new int[n][n];
            double[][] margins = new double[n][n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    row[xi] = xs[i];
                    row[yi] = ys[j];
                    if (pi >= 0) {
                        row[pi] = level;
                    }
                    double[] point = row.clone();
                    Prediction p = Guard.call(step.label() + " predicting the map", () -> model.predict(point));
                    classes[j][i] = p.label() + 1;
                    margins[j][i] = p.margin();
                }
            }
            boolean isMeasured = pi < 0 || Arrays.stream(measured).anyMatch(m -> m == level);
            panels.add(new DecisionMaps.Panel(pi < 0 ? 0.0 : level, isMeasured, classes, margins));
        }
        return new DecisionMaps(x, y, panel, xs, ys, t.held(), panels, window(panels, xs, ys, windowClass), labels);
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

    /**
     * The recipes of the map grid where the final model is least sure and the cross-validation
     * models disagree with it most, greedily chosen so that no two are closer than
     * {@code spacing} (in units of each axis' range, the panel's levels included).
     */
    static List<NextExperiment> nextExperiments(PreparedWorkflow.Step step, Dataset data, List<String> features,
            DecisionMaps maps, List<TrainedModel> others, IProgressMonitor monitor) throws StepFailedException {
        int wanted = step.settings().getInt("nextExperiments");
        double spacing = step.settings().getDouble("spacing");
        if (wanted == 0) {
            return List.of();
        }
        Template t = template(data, features, maps.x(), maps.y(), maps.panel());
        double[] xs = maps.xs();
        double[] ys = maps.ys();
        double pLo = maps.panels().stream().mapToDouble(DecisionMaps.Panel::level).min().orElse(0);
        double pHi = maps.panels().stream().mapToDouble(DecisionMaps.Panel::level).max().orElse(0);
        SubMonitor progress = SubMonitor.convert(monitor, maps.panels().size());
        List<NextExperiment> candidates = new ArrayList<>();
        List<double[]> where = new ArrayList<>();
        for (DecisionMaps.Panel p : maps.panels()) {
            progress.split(1);
            for (int j = 0; j < ys.length; j++) {
                for (int i = 0; i < xs.length; i++) {
                    double[] point = t.row().clone();
                    point[t.xi()] = xs[i];
                    point[t.yi()] = ys[j];
                    if (t.pi() >= 0) {
                        point[t.pi()] = p.level();
                    }
                    int predicted = p.classes()[j][i];
                    int differing = 0;
                    for (TrainedModel m : others) {
                        Prediction q = Guard.call(step.label() + " predicting next experiments",
                                () -> m.predict(point.clone()));
                        differing += q.label() + 1 == predicted ? 0 : 1;
                    }
                    java.util.Map<String, Double> recipe = new java.util.LinkedHashMap<>();
                    for (int f = 0; f < features.size(); f++) {
                        recipe.put(features.get(f), point[f]);
                    }
                    candidates.add(new NextExperiment(recipe, predicted, p.margins()[j][i],
                            others.isEmpty() ? 0.0 : differing / (double) others.size()));
                    where.add(new double[] {scale(xs[i], xs[0], xs[xs.length - 1]),
                            scale(ys[j], ys[0], ys[ys.length - 1]), scale(p.level(), pLo, pHi)});
                }
            }
        }
        Integer[] order = new Integer[candidates.size()];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        // Highest score first; on a tie, grid order, so the choice never depends on sorting details.
        java.util.Arrays.sort(order, (a, b) -> {
            int byScore = Double.compare(candidates.get(b).score(), candidates.get(a).score());
            return byScore != 0 ? byScore : Integer.compare(a, b);
        });
        List<NextExperiment> chosen = new ArrayList<>();
        List<double[]> chosenWhere = new ArrayList<>();
        for (int c : order) {
            if (chosen.size() == wanted) {
                break;
            }
            double[] w = where.get(c);
            boolean farEnough = chosenWhere.stream().allMatch(o -> distance(o, w) >= spacing);
            if (farEnough) {
                chosen.add(candidates.get(c));
                chosenWhere.add(w);
            }
        }
        return chosen;
    }

    private static double scale(double v, double lo, double hi) {
        return hi > lo ? (v - lo) / (hi - lo) : 0.0;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(s);
    }

    private static double[] grid(double[] values, int n) {
        double lo = Arrays.stream(values).min().orElseThrow();
        double hi = Arrays.stream(values).max().orElseThrow();
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = lo + (hi - lo) * i / (n - 1);
        }
        return g;
    }

    private static DecisionMaps.ProcessWindow window(List<DecisionMaps.Panel> panels, double[] xs, double[] ys,
            int windowClass) {
        int n = xs.length;
        List<DecisionMaps.PanelWindow> out = new ArrayList<>();
        List<Double> allX = new ArrayList<>();
        List<Double> allY = new ArrayList<>();
        for (DecisionMaps.Panel p : panels) {
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
                        allX.add(xs[i]);
                        allY.add(ys[j]);
                        inside.add(new int[] {i, j});
                    } else {
                        outside.add(new int[] {i, j});
                    }
                }
            }
            if (points == 0) {
                out.add(new DecisionMaps.PanelWindow(p.level(), p.measured(), 0, 0.0, 0, 0, 0, 0, 0, 0, 0, 0));
                continue;
            }
            // The most robust recipe: the window point whose nearest other-class point is farthest,
            // in units of each axis' range so L:S and X:B weigh alike.
            double best = -1;
            int[] robust = inside.get(0);
            for (int[] a : inside) {
                double nearest = Math.sqrt(2.0);
                for (int[] b : outside) {
                    double dx = (a[0] - b[0]) / (double) (n - 1);
                    double dy = (a[1] - b[1]) / (double) (n - 1);
                    nearest = Math.min(nearest, Math.sqrt(dx * dx + dy * dy));
                }
                if (nearest > best) {
                    best = nearest;
                    robust = a;
                }
            }
            out.add(new DecisionMaps.PanelWindow(p.level(), p.measured(), points, points / (double) (n * n), xMin,
                    xMax, yMin, yMax, xs[robust[0]], ys[robust[1]], best, p.margins()[robust[1]][robust[0]]));
        }
        double[] ax = allX.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ay = allY.stream().mapToDouble(Double::doubleValue).toArray();
        return new DecisionMaps.ProcessWindow(windowClass, out, ax.length, Metrics.mean(ax), Metrics.sd(ax),
                Metrics.mean(ay), Metrics.sd(ay));
    }
}
