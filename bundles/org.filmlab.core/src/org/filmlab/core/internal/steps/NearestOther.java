// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.Arrays;
import java.util.List;

/**
 * The distance from a point of an n × n map grid to the nearest point of another class, in units
 * of each axis' range (a step is {@code 1/(n-1)}), at most √2.
 * <p>
 * Comparing a point with every point of another class costs (points of the class) × (other
 * points), the bulk of the process window's time on a 41 × 41 map. Instead the offsets are
 * visited nearest first and the first offset that reaches another class answers; when that walk
 * would take longer than comparing with every other point, those are compared. Either way the
 * answer is the same number, to the bit, as the full comparison: a squared distance depends only
 * on the offset, {@code -k/(n-1)} squares to the same double as {@code k/(n-1)}, and the square
 * root of the least squared distance is the least of the square roots because the square root is
 * correctly rounded, hence monotone.
 */
final class NearestOther {

    private static final double FARTHEST = Math.sqrt(2.0);

    private final int n;
    /** Offsets (di, dj ≥ 0, not both 0) by increasing squared distance. */
    private final int[] di;
    private final int[] dj;
    private final double[] squared;

    NearestOther(int n) {
        this.n = n;
        int count = n * n - 1;
        Integer[] order = new Integer[count];
        double[] all = new double[n * n];
        for (int k = 0; k < n * n; k++) {
            double dx = (k % n) / (double) (n - 1);
            double dy = (k / n) / (double) (n - 1);
            all[k] = dx * dx + dy * dy;
        }
        for (int k = 0; k < count; k++) {
            order[k] = k + 1;
        }
        Arrays.sort(order, (a, b) -> Double.compare(all[a], all[b]));
        di = new int[count];
        dj = new int[count];
        squared = new double[count];
        for (int k = 0; k < count; k++) {
            di[k] = order[k] % n;
            dj[k] = order[k] / n;
            squared[k] = all[order[k]];
        }
    }

    /**
     * @param classes the map's classes by row j and column i
     * @param cls the class of the point (i, j)
     * @param others the points {i, j} of any other class
     */
    double distance(int[][] classes, int cls, int i, int j, List<int[]> others) {
        for (int k = 0; k < squared.length; k++) {
            if (k > others.size()) {
                return byComparing(i, j, others);
            }
            if (differs(classes, cls, i + di[k], j + dj[k]) || differs(classes, cls, i - di[k], j + dj[k])
                    || differs(classes, cls, i + di[k], j - dj[k]) || differs(classes, cls, i - di[k], j - dj[k])) {
                return Math.min(FARTHEST, Math.sqrt(squared[k]));
            }
        }
        return FARTHEST;
    }

    private boolean differs(int[][] classes, int cls, int i, int j) {
        return i >= 0 && j >= 0 && i < n && j < n && classes[j][i] != cls;
    }

    private double byComparing(int i, int j, List<int[]> others) {
        double nearest = FARTHEST;
        for (int[] b : others) {
            double dx = (i - b[0]) / (double) (n - 1);
            double dy = (j - b[1]) / (double) (n - 1);
            nearest = Math.min(nearest, Math.sqrt(dx * dx + dy * dy));
        }
        return nearest;
    }
}
