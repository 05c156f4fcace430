// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.internal.Guard;
import org.filmlab.core.internal.Parallel;
import org.filmlab.core.workflow.DecisionMaps;
import org.filmlab.core.workflow.StepFailedException;

/**
 * How far the cross-validation models agree with the final model over a map: per grid point, the
 * share of them that predict the class it predicts. Each model predicts the whole grid on one thread
 * (a model is called by one thread at a time), the models side by side.
 */
final class Agreement {

    private Agreement() {
    }

    /**
     * @param points per panel, the feature row of each grid point, in y then x order
     * @return the panels with their agreement grids, or as they are when there are no other models
     */
    static List<DecisionMaps.Panel> add(String label, List<DecisionMaps.Panel> panels, List<double[][]> points,
            List<TrainedModel> others, IProgressMonitor monitor) throws StepFailedException {
        if (others.isEmpty()) {
            return panels;
        }
        List<int[][]> predicted = Parallel.map(label + " CV-model agreement", others.size(), monitor, (m, cancel) -> {
            int[][] labels = new int[points.size()][];
            for (int p = 0; p < points.size(); p++) {
                if (cancel.isCanceled()) {
                    throw new OperationCanceledException();
                }
                double[][] grid = points.get(p);
                labels[p] = new int[grid.length];
                for (int c = 0; c < grid.length; c++) {
                    double[] row = grid[c].clone();
                    labels[p][c] = Guard.call(label + " predicting the map with a cross-validation model",
                            () -> others.get(m).predict(row)).label() + 1;
                }
            }
            return labels;
        });
        List<DecisionMaps.Panel> out = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            DecisionMaps.Panel panel = panels.get(p);
            int ny = panel.classes().length;
            int nx = ny == 0 ? 0 : panel.classes()[0].length;
            double[][] share = new double[ny][nx];
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int same = 0;
                    for (int[][] model : predicted) {
                        same += model[p][j * nx + i] == panel.classes()[j][i] ? 1 : 0;
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
