// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead simplex search (Nelder and Mead 1965, with the standard coefficients: reflection 1,
 * expansion 2, contraction 1/2, shrink 1/2), maximising. Needs no gradient, which the kernel's
 * likelihood would otherwise need in closed form, and is deterministic from its start.
 */
final class NelderMead {

    private NelderMead() {
    }

    /**
     * @param f the function to maximise; {@code -inf} where undefined
     * @param start where to begin
     * @param step the simplex's initial size along each coordinate
     * @param evaluations the most evaluations of {@code f}
     * @return the best point found
     */
    static double[] maximise(ToDoubleFunction<double[]> f, double[] start, double step, int evaluations) {
        int d = start.length;
        double[][] simplex = new double[d + 1][];
        double[] value = new double[d + 1];
        for (int i = 0; i <= d; i++) {
            simplex[i] = start.clone();
            if (i > 0) {
                simplex[i][i - 1] += step;
            }
            value[i] = f.applyAsDouble(simplex[i]);
        }
        int used = d + 1;
        Integer[] order = new Integer[d + 1];
        while (used < evaluations) {
            for (int i = 0; i <= d; i++) {
                order[i] = i;
            }
            // Best first; ties by index, so the search does not depend on the sort's stability.
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -value[i]).thenComparingInt(i -> i));
            int worst = order[d];
            if (value[order[0]] - value[worst] < 1e-6) {
                break;
            }
            double[] centroid = new double[d];
            for (int i = 0; i < d; i++) {
                for (int k = 0; k < d; k++) {
                    centroid[k] += simplex[order[i]][k] / d;
                }
            }
            double[] reflected = along(centroid, simplex[worst], -1);
            double r = f.applyAsDouble(reflected);
            used++;
            if (r > value[order[0]]) {
                double[] expanded = along(centroid, simplex[worst], -2);
                double e = f.applyAsDouble(expanded);
                used++;
                replace(simplex, value, worst, e > r ? expanded : reflected, Math.max(e, r));
            } else if (r > value[order[d - 1]]) {
                replace(simplex, value, worst, reflected, r);
            } else {
                double[] contracted = along(centroid, simplex[worst], 0.5);
                double c = f.applyAsDouble(contracted);
                used++;
                if (c > value[worst]) {
                    replace(simplex, value, worst, contracted, c);
                } else {
                    double[] best = simplex[order[0]];
                    for (int i = 0; i <= d; i++) {
                        if (i != order[0]) {
                            simplex[i] = along(best, simplex[i], 0.5);
                            value[i] = f.applyAsDouble(simplex[i]);
                            used++;
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= d; i++) {
            if (value[i] > value[best]) {
                best = i;
            }
        }
        return simplex[best];
    }

    /** from + t (to - from). */
    private static double[] along(double[] from, double[] to, double t) {
        double[] out = new double[from.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = from[k] + t * (to[k] - from[k]);
        }
        return out;
    }

    private static void replace(double[][] simplex, double[] value, int at, double[] point, double v) {
        simplex[at] = point;
        value[at] = v;
    }
}
