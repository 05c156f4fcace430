// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Chooses a Gaussian process's hyperparameters by maximising the log marginal likelihood of the
 * films (Rasmussen and Williams 2006, eq. 2.30): an RBF kernel with its own length scale per
 * condition (so a property may change sharply along one condition and slowly along another), its
 * amplitude and the noise. Weka's {@code GaussianProcesses} fixes the amplitude at 1 and takes the
 * width and noise as given, so they are chosen here and handed to it.
 * <p>
 * The amplitude is profiled out (for given length scales and noise-to-signal ratio its maximum
 * likelihood value is closed-form), and the rest is searched on log scales: first a small grid of
 * equal length scales, then Nelder–Mead from the best of it. Both are deterministic: the same films
 * give the same hyperparameters.
 */
final class KernelFit {

    /** Length scales in units of each condition's range: shorter than a fiftieth sees only noise. */
    static final double SHORTEST = 0.02;
    static final double LONGEST = 20;
    /** Noise variance relative to the amplitude's: the floor keeps the covariance well conditioned. */
    static final double LEAST_NOISE = 1e-4;
    static final double MOST_NOISE = 1;

    private static final double[] GRID_SCALES = {0.1, 0.2, 0.4, 0.8, 1.6};
    private static final double[] GRID_NOISES = {0.001, 0.01, 0.1, 0.5};
    private static final int MOST_EVALUATIONS = 200;

    /**
     * @param amplitude the kernel's standard deviation, on the property's (model) scale
     * @param lengthScales per condition, in units of its range
     * @param noise the noise standard deviation of one film, on the property's scale
     * @param logLikelihood the log marginal likelihood these reach
     */
    record Hyperparameters(double amplitude, double[] lengthScales, double noise, double logLikelihood) {

        Hyperparameters {
            lengthScales = lengthScales.clone();
        }

        @Override
        public double[] lengthScales() {
            return lengthScales.clone();
        }
    }

    private KernelFit() {
    }

    /**
     * @param x [film][condition] scaled to [0, 1]
     * @param y the property per film, on the model's scale (centred here on its mean, as Weka does)
     * @param monitor checked for cancellation at every evaluation of the likelihood (each is cubic in the films)
     * @throws OperationCanceledException when the monitor is cancelled
     */
    static Hyperparameters fit(double[][] x, double[] y, IProgressMonitor monitor) {
        int d = x[0].length;
        double mean = Arrays.stream(y).average().orElse(0);
        double[] centred = Arrays.stream(y).map(v -> v - mean).toArray();
        double[][][] distances = squaredDistances(x);
        ToDoubleFunction<double[]> likelihood = theta -> {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            return profiled(theta, distances, centred).logLikelihood();
        };
        // theta = (log length scale per condition, log noise-to-signal variance ratio)
        double[] best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (double s : GRID_SCALES) {
            for (double n : GRID_NOISES) {
                double[] theta = new double[d + 1];
                Arrays.fill(theta, 0, d, Math.log(s));
                theta[d] = Math.log(n);
                double v = likelihood.applyAsDouble(theta);
                if (v > bestValue) {
                    bestValue = v;
                    best = theta;
                }
            }
        }
        double[] theta = NelderMead.maximise(likelihood, best, 0.5, MOST_EVALUATIONS);
        return profiled(theta, distances, centred);
    }

    /** The likelihood with the amplitude at its maximum for the length scales and noise ratio in theta. */
    static Hyperparameters profiled(double[] theta, double[][][] distances, double[] centred) {
        int d = theta.length - 1;
        double[] scales = new double[d];
        for (int k = 0; k < d; k++) {
            scales[k] = Math.exp(clamp(theta[k], Math.log(SHORTEST), Math.log(LONGEST)));
        }
        double ratio = Math.exp(clamp(theta[d], Math.log(LEAST_NOISE), Math.log(MOST_NOISE)));
        int n = centred.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += distances[i][j][k] / (scales[k] * scales[k]);
                }
                double v = Math.exp(-0.5 * s) + (i == j ? ratio : 0);
                r[i][j] = v;
                r[j][i] = v;
            }
        }
        double[][] l = new double[n][n];
        if (!cholesky(r, l)) {
            return new Hyperparameters(0, scales, 0, Double.NEGATIVE_INFINITY);
        }
        double[] alpha = solve(l, centred);
        double quadratic = 0;
        for (int i = 0; i < n; i++) {
            quadratic += centred[i] * alpha[i];
        }
        double variance = Math.max(quadratic / n, 1e-12);
        double logDet = 0;
        for (int i = 0; i < n; i++) {
            logDet += 2 * Math.log(l[i][i]);
        }
        // -1/2 y'(a² R)^-1 y - 1/2 log|a² R| - n/2 log 2π, with a² = y'R^-1 y / n
        double log = -0.5 * n - 0.5 * n * Math.log(variance) - 0.5 * logDet - 0.5 * n * Math.log(2 * Math.PI);
        // Outside the bounds the likelihood is that of the bound, slightly lowered, so the search turns back.
        double outside = 0;
        for (int k = 0; k < d; k++) {
            outside += excess(theta[k], Math.log(SHORTEST), Math.log(LONGEST));
        }
        outside += excess(theta[d], Math.log(LEAST_NOISE), Math.log(MOST_NOISE));
        double amplitude = Math.sqrt(variance);
        return new Hyperparameters(amplitude, scales, amplitude * Math.sqrt(ratio), log - outside);
    }

    /**
     * The Cholesky factor l (lower, l l' = a) as Weka's {@code weka.core.matrix.CholeskyDecomposition}
     * (JAMA's) computes it, to the bit: the same operations in the same order. Row j's entry k is
     * (a_jk - the dot product of rows k and j before column k) / l_kk, each dot product summed from
     * its first column; four of them run side by side here (independent sums, each in its own order),
     * since a single sum waits on each addition, and the last columns of the later three, which need
     * the entries just computed, are added after. The most time of fitting the hyperparameters.
     *
     * @param l n × n of zeros, the factor on return
     * @return whether a is symmetric positive definite, as Weka's {@code isSPD}; l is incomplete if not
     */
    static boolean cholesky(double[][] a, double[][] l) {
        int n = a.length;
        for (int j = 0; j < n; j++) {
            double[] lj = l[j];
            double[] aj = a[j];
            double d = 0.0;
            int k = 0;
            for (; k + 3 < j; k += 4) {
                double[] l0 = l[k];
                double[] l1 = l[k + 1];
                double[] l2 = l[k + 2];
                double[] l3 = l[k + 3];
                double s0 = 0.0;
                double s1 = 0.0;
                double s2 = 0.0;
                double s3 = 0.0;
                for (int i = 0; i < k; i++) {
                    double v = lj[i];
                    s0 += l0[i] * v;
                    s1 += l1[i] * v;
                    s2 += l2[i] * v;
                    s3 += l3[i] * v;
                }
                lj[k] = s0 = (aj[k] - s0) / l0[k];
                d = d + s0 * s0;
                s1 += l1[k] * lj[k];
                lj[k + 1] = s1 = (aj[k + 1] - s1) / l1[k + 1];
                d = d + s1 * s1;
                s2 += l2[k] * lj[k];
                s2 += l2[k + 1] * lj[k + 1];
                lj[k + 2] = s2 = (aj[k + 2] - s2) / l2[k + 2];
                d = d + s2 * s2;
                s3 += l3[k] * lj[k];
                s3 += l3[k + 1] * lj[k + 1];
                s3 += l3[k + 2] * lj[k + 2];
                lj[k + 3] = s3 = (aj[k + 3] - s3) / l3[k + 3];
                d = d + s3 * s3;
            }
            for (; k < j; k++) {
                double[] lk = l[k];
                double s = 0.0;
                for (int i = 0; i < k; i++) {
                    s += lk[i] * lj[i];
                }
                lj[k] = s = (aj[k] - s) / lk[k];
                d = d + s * s;
            }
            for (k = 0; k < j; k++) {
                if (!(a[k][j] == aj[k])) {
                    return false;
                }
            }
            d = aj[j] - d;
            if (!(d > 0.0)) {
                return false;
            }
            lj[j] = Math.sqrt(Math.max(d, 0.0));
        }
        return true;
    }

    /**
     * l⁻ᵀ l⁻¹ b by Weka's {@code CholeskyDecomposition.solve}, to the bit: forward substitution (x_k
     * minus x_i l_ki for each i < k in order, then divided by l_kk), then backward (minus x_i l_ik for
     * each i > k in order). Forward, as in {@link #cholesky}, four entries' sums run side by side over
     * the entries all four need, then each takes the ones just computed; backward each sum begins
     * with the entry just computed, so it waits for it.
     */
    static double[] solve(double[][] l, double[] b) {
        int n = b.length;
        double[] x = b.clone();
        int k = 0;
        for (; k + 3 < n; k += 4) {
            double[] l0 = l[k];
            double[] l1 = l[k + 1];
            double[] l2 = l[k + 2];
            double[] l3 = l[k + 3];
            double x0 = x[k];
            double x1 = x[k + 1];
            double x2 = x[k + 2];
            double x3 = x[k + 3];
            for (int i = 0; i < k; i++) {
                double v = x[i];
                x0 -= v * l0[i];
                x1 -= v * l1[i];
                x2 -= v * l2[i];
                x3 -= v * l3[i];
            }
            x0 /= l0[k];
            x1 -= x0 * l1[k];
            x1 /= l1[k + 1];
            x2 -= x0 * l2[k];
            x2 -= x1 * l2[k + 1];
            x2 /= l2[k + 2];
            x3 -= x0 * l3[k];
            x3 -= x1 * l3[k + 1];
            x3 -= x2 * l3[k + 2];
            x3 /= l3[k + 3];
            x[k] = x0;
            x[k + 1] = x1;
            x[k + 2] = x2;
            x[k + 3] = x3;
        }
        for (; k < n; k++) {
            for (int i = 0; i < k; i++) {
                x[k] -= x[i] * l[k][i];
            }
            x[k] /= l[k][k];
        }
        for (k = n - 1; k >= 0; k--) {
            for (int i = k + 1; i < n; i++) {
                x[k] -= x[i] * l[i][k];
            }
            x[k] /= l[k][k];
        }
        return x;
    }

    /** [i][j][k]: the squared difference of films i and j in condition k. */
    static double[][][] squaredDistances(double[][] x) {
        int n = x.length;
        int d = x[0].length;
        double[][][] out = new double[n][n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < d; k++) {
                    double diff = x[i][k] - x[j][k];
                    out[i][j][k] = diff * diff;
                }
            }
        }
        return out;
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }

    private static double excess(double v, double low, double high) {
        return v < low ? low - v : v > high ? v - high : 0;
    }
}
