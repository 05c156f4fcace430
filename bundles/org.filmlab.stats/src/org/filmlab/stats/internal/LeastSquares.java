// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * A least-squares fit reduced to what an ANOVA compares: the residual sum of squares and the rank
 * of the design. The singular value decomposition is used rather than a plain QR decomposition
 * because the dummy-coded design of a two-way layout with an empty cell is rank deficient: its
 * pseudo-inverse still gives the least-squares fit, and its singular values give the rank (with
 * the usual tolerance, {@code max(n, p) · σmax · ε}), which is the model's degrees of freedom.
 *
 * @param residualSumOfSquares Σ (y − ŷ)²
 * @param rank the number of linearly independent columns of the design
 */
record LeastSquares(double residualSumOfSquares, int rank) {

    /**
     * @param design one row per observation, one column per regressor (the intercept included)
     * @param response one value per observation
     */
    static LeastSquares fit(double[][] design, double[] response) {
        RealMatrix x = MatrixUtils.createRealMatrix(design);
        RealVector y = new ArrayRealVector(response);
        SingularValueDecomposition svd = new SingularValueDecomposition(x);
        RealVector residual = y.subtract(x.operate(svd.getSolver().solve(y)));
        return new LeastSquares(residual.dotProduct(residual), svd.getRank());
    }
}
