// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.filmlab.core.data.Dataset;
import org.filmlab.core.step.ConditionGrid;

/**
 * Where films were made at a panel level: the convex hull of their (x, y) conditions, measured in
 * units of each axis' range on the map's grid. A recipe outside it, or on its edge, lies where no
 * film tells the classifier anything, so the most robust recipe is sought inside it.
 */
final class MeasuredRegion {

    /** How the most robust recipe is chosen, as the results and the report state it. */
    static final String RULE = "the window point inside the convex hull of the films measured at that level (at an"
            + " interpolated level, at the measured levels either side) farthest from both any other class and the"
            + " hull's edge, in units of each axis' range; where no window point lies inside, the window point"
            + " farthest from any other class";

    private static final double TOLERANCE = 1e-9;

    /** Hull vertices in grid-range units, counter-clockwise; empty when the films span no area. */
    private final double[][] hull;
    private final int columns;
    private final int rows;

    /**
     * @param vertices the hull in the conditions' units, as {@link #hull} gives it
     * @param xs the grid's x values
     * @param ys the grid's y values
     */
    MeasuredRegion(double[][] vertices, double[] xs, double[] ys) {
        columns = xs.length;
        rows = ys.length;
        hull = new double[vertices.length][];
        for (int v = 0; v < vertices.length; v++) {
            hull[v] = new double[] {unit(vertices[v][0], xs), unit(vertices[v][1], ys)};
        }
    }

    private static double unit(double value, double[] axis) {
        double span = axis[axis.length - 1] - axis[0];
        return span > 0 ? (value - axis[0]) / span : 0.0;
    }

    /** Whether grid point (i, j) lies inside the region or on its edge. */
    boolean contains(int i, int j) {
        if (hull.length < 3) {
            return false;
        }
        double[] p = point(i, j);
        for (int v = 0; v < hull.length; v++) {
            double[] a = hull[v];
            double[] b = hull[(v + 1) % hull.length];
            if (cross(a, b, p) < -TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /** The distance from grid point (i, j), inside the region, to its nearest edge. */
    double distanceToEdge(int i, int j) {
        double[] p = point(i, j);
        double nearest = Double.POSITIVE_INFINITY;
        for (int v = 0; v < hull.length; v++) {
            nearest = Math.min(nearest, segmentDistance(p, hull[v], hull[(v + 1) % hull.length]));
        }
        return nearest;
    }

    /** Grid index to grid-range units: the grids are evenly spaced over their range. */
    private double[] point(int i, int j) {
        return new double[] {i / (double) (columns - 1), j / (double) (rows - 1)};
    }

    private static double cross(double[] a, double[] b, double[] p) {
        return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
    }

    private static double segmentDistance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
        double ex = a[0] + t * dx - p[0];
        double ey = a[1] + t * dy - p[1];
        return Math.sqrt(ex * ex + ey * ey);
    }

    /**
     * The convex hull (Andrew's monotone chain) of the films' (x, y) at a panel level, counter-clockwise,
     * in the conditions' units: at a measured level its films; at an interpolated one the films of the
     * measured levels either side (the nearest one beyond the measured range); without a panel
     * ({@code level} NaN) every film. Empty when fewer than three films span an area.
     */
    static double[][] hull(Dataset data, ConditionGrid g, double level) {
        double[] x = data.column(g.x()).orElseThrow().values();
        double[] y = data.column(g.y()).orElseThrow().values();
        double[] panel = Double.isNaN(level) ? null : data.column(g.panel()).orElseThrow().values();
        double[] near = Double.isNaN(level) ? new double[0] : neighbours(g.measured(), level);
        List<double[]> points = new ArrayList<>();
        for (int r = 0; r < x.length; r++) {
            double at = panel == null ? Double.NaN : panel[r];
            if (panel == null || Arrays.stream(near).anyMatch(m -> m == at)) {
                points.add(new double[] {x[r], y[r]});
            }
        }
        points.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        List<double[]> distinct = new ArrayList<>();
        for (double[] p : points) {
            if (distinct.isEmpty() || !Arrays.equals(distinct.get(distinct.size() - 1), p)) {
                distinct.add(p);
            }
        }
        if (distinct.size() < 3) {
            return new double[0][];
        }
        double[][] h = new double[2 * distinct.size()][];
        int k = 0;
        for (double[] p : distinct) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], p) <= 0) {
                k--;
            }
            h[k++] = p;
        }
        for (int i = distinct.size() - 2, lower = k + 1; i >= 0; i--) {
            double[] p = distinct.get(i);
            while (k >= lower && cross(h[k - 2], h[k - 1], p) <= 0) {
                k--;
            }
            h[k++] = p;
        }
        // The chain ends where it began; collinear films leave two vertices and no area.
        return k - 1 < 3 ? new double[0][] : Arrays.copyOf(h, k - 1);
    }

    /** The measured level itself, or those either side of an interpolated one (the nearest beyond the range). */
    private static double[] neighbours(double[] measured, double level) {
        if (Arrays.stream(measured).anyMatch(m -> m == level)) {
            return new double[] {level};
        }
        double below = Double.NEGATIVE_INFINITY;
        double above = Double.POSITIVE_INFINITY;
        for (double m : measured) {
            if (m < level) {
                below = Math.max(below, m);
            } else {
                above = Math.min(above, m);
            }
        }
        if (below == Double.NEGATIVE_INFINITY) {
            return new double[] {above};
        }
        return above == Double.POSITIVE_INFINITY ? new double[] {below} : new double[] {below, above};
    }
}
