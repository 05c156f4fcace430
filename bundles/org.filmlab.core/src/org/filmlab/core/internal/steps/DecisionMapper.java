// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.data.Dataset;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.internal.Metrics;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.step.ConditionGrid;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.NextExperiment;
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
                    Prediction p = Guard.call(label + " predicting the map", () -> model.predict(point));
                    classes[j][i] = p.label() + 1;
                    margins[j][i] = p.margin();
                }
            }
            boolean isMeasured = pi < 0 || g.isMeasured(level);
            panels.add(new DecisionMaps.Panel(pi < 0 ? 0.0 : level, isMeasured, classes, margins));
        }
        DecisionMaps.ProcessWindow window = legend.windowClass() == 0 ? null
                : window(panels, xs, ys, legend.windowClass(), legend.criterion());
        return new DecisionMaps(x, y, panel, xs, ys, t.held(), panels, window,
                window == null ? legend.noWindow() : "", legend.labels(), legend.title());
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
     * <p>
     * The candidates are taken best first, on a tie in grid order. The disagreement of the
     * cross-validation models is by far the costliest part (a prediction per model and grid point,
     * each coupling SMO's pairwise probabilities), so it is computed lazily: a grid point's score can
     * be at most its uncertainty plus full disagreement, and a point is only evaluated while that
     * bound could still beat the best evaluated one. The order, and so the choice, is exactly that of
     * evaluating every point.
     */
    public static List<NextExperiment> nextExperiments(String label, int wanted, double spacing, Dataset data,
            List<String> features, DecisionMaps maps, List<TrainedModel> others, IProgressMonitor monitor)
            throws StepFailedException {
        if (wanted == 0) {
            return List.of();
        }
        Grid grid = new Grid(template(data, features, maps.x(), maps.y(), maps.panel()), maps);
        int count = grid.size();
        double fullDisagreement = others.isEmpty() ? 0.0 : 1.0;
        Integer[] byBound = new Integer[count];
        double[] bound = new double[count];
        for (int c = 0; c < count; c++) {
            byBound[c] = c;
            bound[c] = (1 - grid.margin(c)) + fullDisagreement;
        }
        Arrays.sort(byBound, (a, b) -> {
            int byScore = Double.compare(bound[b], bound[a]);
            return byScore != 0 ? byScore : Integer.compare(a, b);
        });
        PriorityQueue<Candidate> evaluated = new PriorityQueue<>((a, b) -> {
            int byScore = Double.compare(b.experiment().score(), a.experiment().score());
            return byScore != 0 ? byScore : Integer.compare(a.index(), b.index());
        });
        SubMonitor progress = SubMonitor.convert(monitor, count);
        List<NextExperiment> chosen = new ArrayList<>();
        List<double[]> chosenWhere = new ArrayList<>();
        int next = 0;
        while (chosen.size() < wanted) {
            // The scores are sums of the same two terms as the bounds, so score <= bound exactly in
            // floating point, and a strict '>' leaves ties to grid order.
            while (next < count && (evaluated.isEmpty() || evaluated.peek().experiment().score() <= bound[byBound[next]])) {
                progress.split(1);
                evaluated.add(candidate(label, features, grid, byBound[next++], others));
            }
            if (evaluated.isEmpty()) {
                break;
            }
            Candidate best = evaluated.poll();
            double[] w = grid.where(best.index());
            if (chosenWhere.stream().allMatch(o -> distance(o, w) >= spacing)) {
                chosen.add(best.experiment());
                chosenWhere.add(w);
            }
        }
        return chosen;
    }

    private record Candidate(int index, NextExperiment experiment) {
    }

    private static Candidate candidate(String label, List<String> features, Grid grid, int c,
            List<TrainedModel> others) throws StepFailedException {
        double[] point = grid.point(c);
        int predicted = grid.predicted(c);
        int differing = 0;
        for (TrainedModel m : others) {
            Prediction q = Guard.call(label + " predicting next experiments", () -> m.predict(point.clone()));
            differing += q.label() + 1 == predicted ? 0 : 1;
        }
        Map<String, Double> recipe = new LinkedHashMap<>();
        for (int f = 0; f < features.size(); f++) {
            recipe.put(features.get(f), point[f]);
        }
        return new Candidate(c, new NextExperiment(recipe, predicted, grid.margin(c),
                others.isEmpty() ? 0.0 : differing / (double) others.size()));
    }

    /** The map's grid points in panel, then y, then x order, addressed by one index. */
    private record Grid(Template template, DecisionMaps maps) {

        int size() {
            return maps.panels().size() * maps.ys().length * maps.xs().length;
        }

        private DecisionMaps.Panel panel(int c) {
            return maps.panels().get(c / (maps.ys().length * maps.xs().length));
        }

        private int j(int c) {
            return c / maps.xs().length % maps.ys().length;
        }

        private int i(int c) {
            return c % maps.xs().length;
        }

        int predicted(int c) {
            return panel(c).classes()[j(c)][i(c)];
        }

        double margin(int c) {
            return panel(c).margins()[j(c)][i(c)];
        }

        double[] point(int c) {
            double[] point = template.row().clone();
            point[template.xi()] = maps.xs()[i(c)];
            point[template.yi()] = maps.ys()[j(c)];
            if (template.pi() >= 0) {
                point[template.pi()] = panel(c).level();
            }
            return point;
        }

        /** The point in units of each axis' range, for the spacing between chosen recipes. */
        double[] where(int c) {
            double[] xs = maps.xs();
            double[] ys = maps.ys();
            double pLo = maps.panels().stream().mapToDouble(DecisionMaps.Panel::level).min().orElse(0);
            double pHi = maps.panels().stream().mapToDouble(DecisionMaps.Panel::level).max().orElse(0);
            return new double[] {scale(xs[i(c)], xs[0], xs[xs.length - 1]),
                    scale(ys[j(c)], ys[0], ys[ys.length - 1]), scale(panel(c).level(), pLo, pHi)};
        }
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

    private static DecisionMaps.ProcessWindow window(List<DecisionMaps.Panel> panels, double[] xs, double[] ys,
            int windowClass, String criterion) {
        int n = xs.length;
        NearestOther nearestOther = new NearestOther(n);
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
                double nearest = nearestOther.distance(p.classes(), windowClass, a[0], a[1], outside);
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
        return new DecisionMaps.ProcessWindow(windowClass, criterion, out, ax.length, Metrics.mean(ax), Metrics.sd(ax),
                Metrics.mean(ay), Metrics.sd(ay));
    }
}
