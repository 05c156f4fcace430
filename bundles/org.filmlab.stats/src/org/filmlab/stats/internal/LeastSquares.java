// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * A least-squares fit of a 0/1 (dummy-coded) design reduced to what an ANOVA compares: the residual
 * sum of squares and the rank of the design.
 * <p>
 * The design is never stored densely: each row names its columns that are 1, and the fit goes
 * through the normal equations. Their matrix XᵀX holds counts of films, exact integers in floating
 * point, and has as many rows as the design has columns (a few dozen), so a million films cost a
 * pass over the rows and memory for the counts only; a dense design would take hundreds of
 * megabytes and its decomposition minutes. The dummy-coded design of a two-way layout with an empty
 * cell is rank deficient, so XᵀX is solved by its singular value decomposition: the pseudo-inverse
 * gives the least-squares fit and the count of non-zero singular values the rank, which is the
 * model's degrees of freedom. The residuals are summed in a second pass over the films, not from
 * yᵀy − β̂ᵀXᵀy, which would cancel.
 *
 * @param residualSumOfSquares Σ (y − ŷ)²
 * @param rank the number of linearly independent columns of the design
 */
record LeastSquares(double residualSumOfSquares, int rank) {

    /**
     * Singular values of XᵀX below this share of the largest (times the columns) count as 0. The
     * rounding of an exact integer matrix's decomposition stays near ε ≈ 2e-16 of the largest,
     * while a real direction of a dummy design with n films is at least about 1 / (2n) of it
     * (a cell of one film), far above for any n below 10^9.
     */
    private static final double RANK_TOLERANCE = 1e-12;

    /**
     * @param ones per observation, the columns of the design that are 1 (the others are 0)
     * @param columns the number of columns of the design (the intercept included)
     * @param response one value per observation
     */
    static LeastSquares fit(int[][] ones, int columns, double[] response) {
        double[][] gram = new double[columns][columns];
        double[] moment = new double[columns];
        for (int i = 0; i < ones.length; i++) {
            for (int j : ones[i]) {
                moment[j] += response[i];
                for (int k : ones[i]) {
                    gram[j][k] += 1;
                }
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(MatrixUtils.createRealMatrix(gram));
        double[] singular = svd.getSingularValues();
        double cut = columns * singular[0] * RANK_TOLERANCE;
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        double[] coefficient = new double[columns];
        int rank = 0;
        for (int s = 0; s < singular.length; s++) {
            if (singular[s] <= cut) {
                continue;
            }
            rank++;
            double along = 0;
            for (int j = 0; j < columns; j++) {
                along += u.getEntry(j, s) * moment[j];
            }
            along /= singular[s];
            for (int j = 0; j < columns; j++) {
                coefficient[j] += v.getEntry(j, s) * along;
            }
        }
        double residualSumOfSquares = 0;
        for (int i = 0; i < ones.length; i++) {
            double fitted = 0;
            for (int j : ones[i]) {
                fitted += coefficient[j];
            }
            double r = response[i] - fitted;
            residualSumOfSquares += r * r;
        }
        return new LeastSquares(residualSumOfSquares, rank);
    }
}
