// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.regression.internal;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Ordinary least squares with an intercept (Commons Math, by QR decomposition), and the standard
 * error of the mean it predicts at a new point: {@code sqrt(x0' (X'X)^-1 x0 · σ²)}.
 */
final class LeastSquaresFit {

    /**
     * Diagonal entries of R below this are taken as zero: the terms are standardized, so a term
     * this close to a combination of the others is one the data cannot tell apart.
     */
    private static final double SINGULARITY = 1e-10;

    private final double[] beta;
    /** σ² (X'X)^-1, the intercept first. */
    private final double[][] covariance;
    private final double rSquared;
    private final double residualSd;

    private LeastSquaresFit(double[] beta, double[][] covariance, double rSquared, double residualSd) {
        this.beta = beta;
        this.covariance = covariance;
        this.rSquared = rSquared;
        this.residualSd = residualSd;
    }

    /**
     * @param terms one row of terms per observation, without the intercept
     * @param y the observations
     * @throws org.apache.commons.math3.linear.SingularMatrixException when the terms are collinear
     */
    static LeastSquaresFit fit(double[][] terms, double[] y) {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(SINGULARITY);
        ols.newSampleData(y, terms);
        double[] beta = ols.estimateRegressionParameters();
        // Commons Math's "parameters variance" is (X'X)^-1 alone: the error variance is ours to apply.
        double[][] covariance = ols.estimateRegressionParametersVariance();
        double errorVariance = ols.estimateErrorVariance();
        for (double[] row : covariance) {
            for (int b = 0; b < row.length; b++) {
                row[b] *= errorVariance;
            }
        }
        // A constant property is explained exactly by the intercept; Commons Math would divide 0 by 0.
        double r2 = ols.calculateTotalSumOfSquares() == 0.0 ? 1.0 : ols.calculateRSquared();
        return new LeastSquaresFit(beta, covariance, r2, ols.estimateRegressionStandardError());
    }

    double rSquared() {
        return rSquared;
    }

    double residualSd() {
        return residualSd;
    }

    /** The predicted mean at a point given by its terms (without the intercept). */
    double mean(double[] terms) {
        double m = beta[0];
        for (int k = 0; k < terms.length; k++) {
            m += beta[k + 1] * terms[k];
        }
        return m;
    }

    /** The standard error of the predicted mean at a point given by its terms. */
    double sd(double[] terms) {
        double[] x0 = new double[terms.length + 1];
        x0[0] = 1.0;
        System.arraycopy(terms, 0, x0, 1, terms.length);
        double v = 0.0;
        for (int a = 0; a < x0.length; a++) {
            for (int b = 0; b < x0.length; b++) {
                v += x0[a] * covariance[a][b] * x0[b];
            }
        }
        // Rounding can make a variance of zero slightly negative.
        return Math.sqrt(Math.max(0.0, v));
    }
}
