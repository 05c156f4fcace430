// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A property interpolated over a regular grid from scattered measurements. Measurements at the same
 * (x, y) are averaged first. When the averaged points form a full rectangular design (every measured
 * x with every measured y), the grid is filled bilinearly between design points, which reproduces the
 * measurements exactly and invents no extrema; otherwise inverse-distance weighting with power 2 is
 * used, on axes scaled to [0, 1] so that X:B in vol% does not outweigh L:S in µL/mg.
 *
 * @param xs     grid abscissas, ascending
 * @param ys     grid ordinates, ascending
 * @param z      values, {@code z[j][i]} at {@code (xs[i], ys[j])}
 * @param points the averaged measured points as {x, y, mean}
 * @param method how the grid was filled, as a sentence fragment for captions
 */
public record Surface(double[] xs, double[] ys, double[][] z, List<double[]> points, String method) {

    public static final String BILINEAR = "bilinear interpolation between the measured design points";
    public static final String IDW = "inverse-distance weighting (power 2, axes scaled to [0, 1]) of the measured points";

    /** Interpolates onto {@code steps × steps} grid points spanning the measured ranges. */
    public static Surface of(double[] x, double[] y, double[] v, int steps) {
        TreeMap<Double, TreeMap<Double, double[]>> sums = new TreeMap<>();
        for (int r = 0; r < x.length; r++) {
            if (Double.isNaN(x[r]) || Double.isNaN(y[r]) || Double.isNaN(v[r])) {
                continue;
            }
            double[] s = sums.computeIfAbsent(x[r], k -> new TreeMap<>()).computeIfAbsent(y[r], k -> new double[2]);
            s[0] += v[r];
            s[1]++;
        }
        if (sums.isEmpty()) {
            throw new IllegalArgumentException("no measured point to interpolate");
        }
        List<double[]> points = new ArrayList<>();
        TreeMap<Double, Boolean> distinctY = new TreeMap<>();
        for (Map.Entry<Double, TreeMap<Double, double[]>> ex : sums.entrySet()) {
            for (Map.Entry<Double, double[]> ey : ex.getValue().entrySet()) {
                points.add(new double[] { ex.getKey(), ey.getKey(), ey.getValue()[0] / ey.getValue()[1] });
                distinctY.put(ey.getKey(), true);
            }
        }
        double[] dx = sums.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double[] dy = distinctY.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double[] gx = grid(dx[0], dx[dx.length - 1], dx.length == 1 ? 1 : steps);
        double[] gy = grid(dy[0], dy[dy.length - 1], dy.length == 1 ? 1 : steps);
        boolean full = dx.length >= 2 && dy.length >= 2 && points.size() == dx.length * dy.length;
        double[][] z = new double[gy.length][gx.length];
        if (full) {
            double[][] m = new double[dy.length][dx.length];
            for (double[] p : points) {
                m[java.util.Arrays.binarySearch(dy, p[1])][java.util.Arrays.binarySearch(dx, p[0])] = p[2];
            }
            for (int j = 0; j < gy.length; j++) {
                int b = cell(dy, gy[j]);
                double ty = (gy[j] - dy[b]) / (dy[b + 1] - dy[b]);
                for (int i = 0; i < gx.length; i++) {
                    int a = cell(dx, gx[i]);
                    double tx = (gx[i] - dx[a]) / (dx[a + 1] - dx[a]);
                    z[j][i] = (1 - tx) * (1 - ty) * m[b][a] + tx * (1 - ty) * m[b][a + 1]
                            + (1 - tx) * ty * m[b + 1][a] + tx * ty * m[b + 1][a + 1];
                }
            }
        } else {
            double sx = span(dx);
            double sy = span(dy);
            for (int j = 0; j < gy.length; j++) {
                for (int i = 0; i < gx.length; i++) {
                    z[j][i] = idw(points, gx[i], gy[j], sx, sy);
                }
            }
        }
        return new Surface(gx, gy, z, List.copyOf(points), full ? BILINEAR : IDW);
    }

    private static double span(double[] sorted) {
        double s = sorted[sorted.length - 1] - sorted[0];
        return s > 0 ? s : 1;
    }

    private static double idw(List<double[]> points, double x, double y, double sx, double sy) {
        double weights = 0;
        double sum = 0;
        for (double[] p : points) {
            double ddx = (x - p[0]) / sx;
            double ddy = (y - p[1]) / sy;
            double d2 = ddx * ddx + ddy * ddy;
            if (d2 < 1e-18) {
                return p[2];
            }
            double w = 1 / d2;
            weights += w;
            sum += w * p[2];
        }
        return sum / weights;
    }

    /** The index a with sorted[a] <= v <= sorted[a + 1], clamped to the last interval. */
    private static int cell(double[] sorted, double v) {
        int a = 0;
        while (a < sorted.length - 2 && v > sorted[a + 1]) {
            a++;
        }
        return a;
    }

    static double[] grid(double lo, double hi, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            // The last point is hi itself, not lo + (n-1)·step, so the grid ends on the design edge.
            g[i] = i == n - 1 ? hi : lo + (hi - lo) * i / (n - 1.0);
        }
        return g;
    }

    public double min() {
        double m = Double.POSITIVE_INFINITY;
        for (double[] row : z) {
            for (double v : row) {
                m = Math.min(m, v);
            }
        }
        return m;
    }

    public double max() {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] row : z) {
            for (double v : row) {
                m = Math.max(m, v);
            }
        }
        return m;
    }
}
