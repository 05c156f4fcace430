// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import weka.core.matrix.CholeskyDecomposition;
import weka.core.matrix.Matrix;

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
        Matrix r = new Matrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += distances[i][j][k] / (scales[k] * scales[k]);
                }
                double v = Math.exp(-0.5 * s) + (i == j ? ratio : 0);
                r.set(i, j, v);
                r.set(j, i, v);
            }
        }
        CholeskyDecomposition chol = r.chol();
        if (!chol.isSPD()) {
            return new Hyperparameters(0, scales, 0, Double.NEGATIVE_INFINITY);
        }
        Matrix alpha = chol.solve(new Matrix(centred, n));
        double quadratic = 0;
        for (int i = 0; i < n; i++) {
            quadratic += centred[i] * alpha.get(i, 0);
        }
        double variance = Math.max(quadratic / n, 1e-12);
        Matrix l = chol.getL();
        double logDet = 0;
        for (int i = 0; i < n; i++) {
            logDet += 2 * Math.log(l.get(i, i));
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
