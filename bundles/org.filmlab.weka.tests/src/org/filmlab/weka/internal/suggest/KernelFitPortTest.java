// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import weka.core.matrix.CholeskyDecomposition;
import weka.core.matrix.Matrix;

/**
 * {@link KernelFit}'s likelihood on arrays against its former formulation on Weka's
 * {@code weka.core.matrix} (JAMA's Cholesky and solve), kept here as the reference: every
 * hyperparameter and the likelihood compared with {@code assertEquals} on doubles (the same bits),
 * so the same films give the same search and the same hyperparameters as before. Random problems: 1
 * to 45 films (fewer than four, and every remainder of the four sums run side by side), 1 to 4
 * conditions, films on a small grid (duplicates: nearly singular covariances) or continuous, and
 * random length scales and noise ratios inside and outside the bounds.
 * <p>
 * Checked to fail (each mutation made by hand, the test run, the mutation undone): in the Cholesky
 * factor, two of a later sum's terms from the entries just computed swapped, or a squared entry of a
 * row added to the diagonal's sum out of order; in the forward substitution, two of the terms from
 * the entries just computed swapped; the backward substitution summed from the last entry.
 */
class KernelFitPortTest {

    @Test
    void theLikelihoodIsTheSameToTheBitAsOnWekasMatrices() {
        SplittableRandom random = new SplittableRandom(20261205);
        int spd = 0;
        for (int problem = 0; problem < 300; problem++) {
            int n = 1 + random.nextInt(problem % 10 == 0 ? 6 : 45);
            int d = 1 + random.nextInt(4);
            double[][] x = new double[n][d];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < d; k++) {
                    x[i][k] = problem % 3 == 0 ? random.nextInt(3) / 2.0 : random.nextDouble();
                }
                y[i] = Math.sin(3 * x[i][0]) + 0.1 * (random.nextDouble() - 0.5);
            }
            double mean = Arrays.stream(y).average().orElse(0);
            double[] centred = Arrays.stream(y).map(v -> v - mean).toArray();
            double[][][] distances = KernelFit.squaredDistances(x);
            for (int t = 0; t < 20; t++) {
                double[] theta = new double[d + 1];
                for (int k = 0; k <= d; k++) {
                    theta[k] = -10 + 14 * random.nextDouble();
                }
                KernelFit.Hyperparameters port = KernelFit.profiled(theta, distances, centred);
                KernelFit.Hyperparameters reference = reference(theta, distances, centred);
                String where = "problem " + problem + " (" + n + " films, " + d + " conditions), theta "
                        + Arrays.toString(theta);
                assertEquals(reference.logLikelihood(), port.logLikelihood(), where);
                assertEquals(reference.amplitude(), port.amplitude(), where);
                assertEquals(reference.noise(), port.noise(), where);
                assertArrayEquals(reference.lengthScales(), port.lengthScales(), where);
                if (port.logLikelihood() > Double.NEGATIVE_INFINITY) {
                    spd++;
                }
            }
        }
        assertTrue(spd > 5000, spd + " positive definite");
    }

    @Test
    void whatIsNotPositiveDefiniteIsRefusedAsByWeka() {
        double[][][] matrices = {
            {{1, 2}, {2, 1}},
            {{1, 0.5, 0.5}, {0.5, 1, Double.NaN}, {0.5, Double.NaN, 1}},
            {{4, 2, 0, 0, 1}, {2, 1, 0, 0, 0}, {0, 0, 1, 0, 0}, {0, 0, 0, 1, 0}, {1, 0, 0, 0, 1}},
            {{2, 1, 0, 0, 0}, {1, 2, 1, 0, 0}, {0, 1, 2, 1, 0}, {0, 0, 1, 2, 1}, {0, 0, 0, 1, 2}},
        };
        for (double[][] a : matrices) {
            boolean port = KernelFit.cholesky(a, new double[a.length][a.length]);
            assertEquals(new Matrix(a).chol().isSPD(), port, Arrays.deepToString(a));
        }
    }

    /** The likelihood as KernelFit computed it on Weka's matrices before the port. */
    private static KernelFit.Hyperparameters reference(double[] theta, double[][][] distances, double[] centred) {
        int d = theta.length - 1;
        double[] scales = new double[d];
        for (int k = 0; k < d; k++) {
            scales[k] = Math.exp(clamp(theta[k], Math.log(KernelFit.SHORTEST), Math.log(KernelFit.LONGEST)));
        }
        double ratio = Math.exp(clamp(theta[d], Math.log(KernelFit.LEAST_NOISE), Math.log(KernelFit.MOST_NOISE)));
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
            return new KernelFit.Hyperparameters(0, scales, 0, Double.NEGATIVE_INFINITY);
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
        double log = -0.5 * n - 0.5 * n * Math.log(variance) - 0.5 * logDet - 0.5 * n * Math.log(2 * Math.PI);
        double outside = 0;
        for (int k = 0; k < d; k++) {
            outside += excess(theta[k], Math.log(KernelFit.SHORTEST), Math.log(KernelFit.LONGEST));
        }
        outside += excess(theta[d], Math.log(KernelFit.LEAST_NOISE), Math.log(KernelFit.MOST_NOISE));
        double amplitude = Math.sqrt(variance);
        return new KernelFit.Hyperparameters(amplitude, scales, amplitude * Math.sqrt(ratio), log - outside);
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }

    private static double excess(double v, double low, double high) {
        return v < low ? low - v : v > high ? v - high : 0;
    }
}
