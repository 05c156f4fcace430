// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest;

import java.util.List;

/**
 * The recipes a suggester may choose from: every combination of each condition's candidate values
 * (its measured levels, or the lab's steps across its measured range), recipes already made left out.
 *
 * @param conditions the condition keys, in the classifier's feature order
 * @param points [candidate][condition] the recipes
 * @param low each condition's smallest candidate value
 * @param high each condition's largest candidate value
 */
public record CandidateGrid(List<String> conditions, double[][] points, double[] low, double[] high) {

    public CandidateGrid {
        conditions = List.copyOf(conditions);
    }

    public int size() {
        return points.length;
    }

    /** A copy of one recipe, in condition order. */
    public double[] point(int candidate) {
        return points[candidate].clone();
    }

    /** A recipe in units of each condition's range (0 at its low end, 1 at its high end). */
    public double[] scaled(double[] recipe) {
        double[] s = new double[recipe.length];
        for (int k = 0; k < recipe.length; k++) {
            s[k] = high[k] > low[k] ? (recipe[k] - low[k]) / (high[k] - low[k]) : 0.0;
        }
        return s;
    }

    /** The distance between two candidates in units of each condition's range, so that conditions weigh alike. */
    public double distance(int a, int b) {
        double[] x = scaled(points[a]);
        double[] y = scaled(points[b]);
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += (x[k] - y[k]) * (x[k] - y[k]);
        }
        return Math.sqrt(s);
    }

    /** Whether a candidate lies at least {@code spacing} from every chosen one. */
    public boolean apart(int candidate, List<Integer> chosen, double spacing) {
        for (int c : chosen) {
            if (distance(candidate, c) < spacing) {
                return false;
            }
        }
        return true;
    }
}
