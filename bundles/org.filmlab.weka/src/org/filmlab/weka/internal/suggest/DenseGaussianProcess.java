// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal.suggest;

import weka.classifiers.functions.GaussianProcesses;
import weka.classifiers.functions.supportVector.RBFKernel;
import weka.core.Instances;
import weka.core.SelectedTag;

/**
 * The prediction path of Weka 3.8's {@link GaussianProcesses} (RBF kernel, no filter) over
 * {@code double[]} rows: the mean and the standard deviation its {@code classifyInstance} and
 * {@code getStandardDeviation} give, the same operations in the same order, so the same doubles
 * ({@code DenseGaussianProcessTest} compares every output with Weka's, bit for bit). Weka fits the
 * process (the inverse of the covariance by its Cholesky factor); only predicting is ported, since it
 * runs at every candidate recipe once per pick of a batch and Weka spends most of it on an
 * {@code Instance}, its filter and a kernel call per film.
 * <p>
 * The kernel between a recipe and the films does not change when a film is added (the kriging
 * believer's refit), so a caller predicting at the same recipes again keeps them: {@link #kernel}
 * gives them, {@link #mean} and {@link #sd} take them.
 */
final class DenseGaussianProcess {

    private final double gamma;
    /** The films as the kernel sees them, without the target: [film][input]. */
    private final double[][] films;
    /** Each film's dot product with itself: Weka's kernel's precalculated values. */
    private final double[] selfDots;
    /** The square roots of the films' weights. */
    private final double[] weights;
    /** The inverse covariance, both halves, from the upper one Weka keeps (its BLAS reads no other). */
    private final double[][] inverse;
    /** The inverse covariance times the centred targets. */
    private final double[] t;
    private final double average;
    private final double alin;
    private final double blin;
    private final double delta;
    private final double deltaSquared;

    /** Weka's {@code GaussianProcesses}, whose fitted state, protected, is read here after building. */
    static final class Weka extends GaussianProcesses {

        private static final long serialVersionUID = 1L;

        /** An RBF kernel exp(-γ |u - v|²), no filter of the inputs or the target, the given noise. */
        Weka(double gamma, double noise) {
            RBFKernel kernel = new RBFKernel();
            kernel.setGamma(gamma);
            setKernel(kernel);
            setNoise(noise);
            setFilterType(new SelectedTag(GaussianProcesses.FILTER_NONE, GaussianProcesses.TAGS_FILTER));
        }

        /**
         * The dense prediction path of this process, built on {@code data}.
         *
         * @param data what it was built on: numeric inputs, the target last, no missing value
         */
        DenseGaussianProcess dense(Instances data) {
            if (m_Filter != null || m_NominalToBinary != null || m_NumTrain != data.numInstances()
                    || data.classIndex() != data.numAttributes() - 1) {
                throw new IllegalStateException("the dense path ports an unfiltered process of numeric inputs,"
                        + " the target last, built on every row");
            }
            int n = data.numInstances();
            double[][] inverse = new double[n][n];
            double[] t = new double[n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i <= j; i++) {
                    inverse[i][j] = m_L.get(i, j);
                    inverse[j][i] = inverse[i][j];
                }
                t[j] = m_t.get(j);
            }
            return new DenseGaussianProcess(((RBFKernel) getKernel()).getGamma(), data, m_weights.clone(), inverse, t,
                    m_avg_target, m_Alin, m_Blin, m_delta, m_deltaSquared);
        }
    }

    private DenseGaussianProcess(double gamma, Instances data, double[] weights, double[][] inverse, double[] t,
            double average, double alin, double blin, double delta, double deltaSquared) {
        this.gamma = gamma;
        int n = data.numInstances();
        int d = data.numAttributes() - 1;
        films = new double[n][d];
        selfDots = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                films[i][k] = data.instance(i).value(k);
            }
            selfDots[i] = dot(films[i], films[i]);
        }
        this.weights = weights;
        this.inverse = inverse;
        this.t = t;
        this.average = average;
        this.alin = alin;
        this.blin = blin;
        this.delta = delta;
        this.deltaSquared = deltaSquared;
    }

    /** The number of films. */
    int size() {
        return films.length;
    }

    /** Weka kernel's dot product: the inputs in order, from 0. */
    static double dot(double[] u, double[] v) {
        double s = 0;
        for (int k = 0; k < u.length; k++) {
            s += u[k] * v[k];
        }
        return s;
    }

    /**
     * Weka's kernel vector entry for film {@code i}: its weight times exp(-γ (u·u - 2 u·x + x·x)).
     *
     * @param u the inputs of the recipe
     * @param uu {@code dot(u, u)}
     */
    double kernel(double[] u, double uu, int i) {
        return weights[i] * Math.exp(-gamma * (uu - 2.0 * dot(u, films[i]) + selfDots[i]));
    }

    /** Weka's {@code classifyInstance} from the kernel vector (at least {@link #size} entries; the first are read). */
    double mean(double[] k) {
        double s = 0;
        for (int i = 0; i < t.length; i++) {
            s += k[i] * t[i];
        }
        return (s + average - blin) / alin;
    }

    /** Weka's {@code getStandardDeviation} from the kernel vector (its first {@link #size} entries). */
    double sd(double[] k) {
        double kappa = 1.0 + deltaSquared;
        double s = quadratic(k);
        double sigma = delta;
        if (kappa > s) {
            sigma = Math.sqrt(kappa - s);
        }
        return sigma / alin;
    }

    /**
     * k' K⁻¹ k as Weka computes it: reference BLAS {@code dsymv} on the upper triangle (column j adds
     * k_j times its entries above the diagonal to y and gathers their dot product with k), then y·k.
     * Entry y_i of dsymv is thus, in order: 0 + k_i K⁻¹_ii + (the dot product of column i above the
     * diagonal with k), then + k_j K⁻¹_ij for each j > i. Here each y_i is computed whole from row i
     * of the symmetric inverse, four rows side by side (independent sums, each in its own order: a
     * single sum waits on each addition), and y·k summed in order as they come.
     */
    private double quadratic(double[] k) {
        int n = t.length;
        double s = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            double[] r0 = inverse[i];
            double[] r1 = inverse[i + 1];
            double[] r2 = inverse[i + 2];
            double[] r3 = inverse[i + 3];
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            for (int j = 0; j < i; j++) {
                double kj = k[j];
                a0 += r0[j] * kj;
                a1 += r1[j] * kj;
                a2 += r2[j] * kj;
                a3 += r3[j] * kj;
            }
            // Within the four rows' own columns each row's sum above the diagonal stops at its diagonal.
            a1 += r1[i] * k[i];
            a2 += r2[i] * k[i];
            a2 += r2[i + 1] * k[i + 1];
            a3 += r3[i] * k[i];
            a3 += r3[i + 1] * k[i + 1];
            a3 += r3[i + 2] * k[i + 2];
            double y0 = 0.0 + k[i] * r0[i] + a0;
            double y1 = 0.0 + k[i + 1] * r1[i + 1] + a1;
            double y2 = 0.0 + k[i + 2] * r2[i + 2] + a2;
            double y3 = 0.0 + k[i + 3] * r3[i + 3] + a3;
            y0 += k[i + 1] * r0[i + 1];
            y0 += k[i + 2] * r0[i + 2];
            y0 += k[i + 3] * r0[i + 3];
            y1 += k[i + 2] * r1[i + 2];
            y1 += k[i + 3] * r1[i + 3];
            y2 += k[i + 3] * r2[i + 3];
            for (int j = i + 4; j < n; j++) {
                double kj = k[j];
                y0 += kj * r0[j];
                y1 += kj * r1[j];
                y2 += kj * r2[j];
                y3 += kj * r3[j];
            }
            s += y0 * k[i];
            s += y1 * k[i + 1];
            s += y2 * k[i + 2];
            s += y3 * k[i + 3];
        }
        for (; i < n; i++) {
            double[] row = inverse[i];
            double above = 0;
            for (int j = 0; j < i; j++) {
                above += row[j] * k[j];
            }
            double y = 0.0 + k[i] * row[i] + above;
            for (int j = i + 1; j < n; j++) {
                y += k[j] * row[j];
            }
            s += y * k[i];
        }
        return s;
    }
}
