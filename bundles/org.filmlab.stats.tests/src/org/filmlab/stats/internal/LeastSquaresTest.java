// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sparse least-squares fit on designs whose answers are known by hand. */
class LeastSquaresTest {

    @Test
    void groupMeansFitAOneWayDesign() {
        // Intercept + a dummy for group 2: the fit is the group means (2 and 11), the residual sum of
        // squares the within-group one: (1 + 0 + 1) + (1 + 1) = 4.
        int[][] ones = {{0}, {0}, {0}, {0, 1}, {0, 1}};
        double[] y = {1, 2, 3, 10, 12};
        LeastSquares fit = LeastSquares.fit(ones, 2, y);
        assertEquals(4.0, fit.residualSumOfSquares(), 1e-12);
        assertEquals(2, fit.rank());
    }

    @Test
    void aRepeatedColumnLowersTheRankNotTheFit() {
        // Columns 1 and 2 are equal: the design has rank 2 and the same fit as with one of them.
        int[][] ones = {{0}, {0}, {0}, {0, 1, 2}, {0, 1, 2}};
        double[] y = {1, 2, 3, 10, 12};
        LeastSquares fit = LeastSquares.fit(ones, 3, y);
        assertEquals(4.0, fit.residualSumOfSquares(), 1e-12);
        assertEquals(2, fit.rank());
    }

    @Test
    void aColumnNoFilmUsesAddsNoRank() {
        // An empty cell's interaction dummy is all 0: rank 1 (the intercept), residuals about the mean 2.
        int[][] ones = {{0}, {0}, {0}};
        double[] y = {1, 2, 3};
        LeastSquares fit = LeastSquares.fit(ones, 2, y);
        assertEquals(2.0, fit.residualSumOfSquares(), 1e-12);
        assertEquals(1, fit.rank());
    }
}
