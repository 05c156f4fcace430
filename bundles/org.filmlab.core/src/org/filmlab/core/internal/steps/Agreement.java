// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.StepFailedException;

/**
 * How far the cross-validation models agree with the final model over a map: per grid point, the
 * share of them that predict the class it predicts.
 */
final class Agreement {

    private Agreement() {
    }

    /**
     * One model's predictions over every panel's grid: in full for the final model, labels only for
     * a cross-validation model (per panel, per grid point in y then x order).
     */
    record Grid(Prediction[][] predictions, int[][] labels) {
    }

    /**
     * Predicts every panel's grid with one model, on the calling thread (a model is called by one
     * thread at a time).
     *
     * @param points per panel, the feature row of each grid point, in y then x order
     * @param full whether to keep whole predictions or only labels
     */
    static Grid predict(String label, TrainedModel model, List<double[][]> points, boolean full,
            IProgressMonitor cancel) throws StepFailedException {
        Prediction[][] predictions = full ? new Prediction[points.size()][] : null;
        int[][] labels = new int[points.size()][];
        for (int p = 0; p < points.size(); p++) {
            if (cancel.isCanceled()) {
                throw new OperationCanceledException();
            }
            double[][] grid = points.get(p);
            double[][] rows = new double[grid.length][];
            for (int c = 0; c < grid.length; c++) {
                rows[c] = grid[c].clone();
            }
            int[] made;
            if (full) {
                predictions[p] = Guard.call(label + " predicting the map", () -> model.predictAll(rows));
                made = new int[predictions[p].length];
                for (int c = 0; c < made.length; c++) {
                    // A contributed model's gap, said as such, not as a NullPointerException.
                    if (predictions[p][c] == null) {
                        throw Guard.malformed(label + " predicting the map", "predicted nothing for grid point "
                                + (c + 1) + " of " + rows.length);
                    }
                    made[c] = predictions[p][c].label();
                }
            } else {
                made = Guard.call(label + " predicting the map", () -> model.labelAll(rows));
            }
            if (made.length != rows.length) {
                throw Guard.malformed(label + " predicting the map", "predicted " + made.length + " of "
                        + rows.length + " grid points");
            }
            labels[p] = new int[grid.length];
            for (int c = 0; c < grid.length; c++) {
                labels[p][c] = made[c] + 1;
            }
        }
        return new Grid(predictions, labels);
    }

    /**
     * @param others the cross-validation models' predictions ({@link #predict})
     * @return the panels with their agreement grids, or as they are when there are no other models
     */
    static List<DecisionMaps.Panel> add(List<DecisionMaps.Panel> panels, List<Grid> others) {
        if (others.isEmpty()) {
            return panels;
        }
        List<DecisionMaps.Panel> out = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            DecisionMaps.Panel panel = panels.get(p);
            int ny = panel.classes().length;
            int nx = ny == 0 ? 0 : panel.classes()[0].length;
            double[][] share = new double[ny][nx];
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int same = 0;
                    for (Grid model : others) {
                        same += model.labels()[p][j * nx + i] == panel.classes()[j][i] ? 1 : 0;
                    }
                    share[j][i] = same / (double) others.size();
                }
            }
            out.add(new DecisionMaps.Panel(panel.level(), panel.measured(), panel.classes(), panel.margins(),
                    panel.probabilities(), share, panel.region()));
        }
        return out;
    }
}
