// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.analysis.VariableMatrix;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.ReducerContract;
import org.junit.jupiter.api.Test;

/**
 * PLS under the contract, and on the wine measurements with proline renamed {@code sigmaN}, so that
 * the default response exists.
 */
class PartialLeastSquaresTest extends ReducerContract<PartialLeastSquares> {

    private static final int RESPONSE = 12;

    @Override
    protected PartialLeastSquares contribution() {
        return new PartialLeastSquares();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.pls";
    }

    private static VariableMatrix wineWithSigmaN() {
        VariableMatrix wine = Wine.measurements();
        List<String> names = new ArrayList<>(wine.variables());
        names.set(RESPONSE, "sigmaN");
        return new VariableMatrix(names, wine.rows());
    }

    @Test
    void firstComponentIsTheCovarianceDirectionOfTheStandardizedData() {
        // Independently of Weka: the first PLS weight vector is proportional to Zᵀy for standardized
        // predictors Z and response y, so the first scores are proportional to Z Zᵀ y.
        VariableMatrix m = wineWithSigmaN();
        double[][] rows = m.rows();
        int n = rows.length;
        double[] y = standardized(Statistics.column(rows, RESPONSE));
        double[][] z = new double[Wine.VARIABLES - 1][];
        for (int j = 0; j < Wine.VARIABLES - 1; j++) {
            z[j] = standardized(Statistics.column(rows, j));
        }
        double[] reference = new double[n];
        for (double[] zj : z) {
            double w = 0;
            for (int i = 0; i < n; i++) {
                w += zj[i] * y[i];
            }
            for (int i = 0; i < n; i++) {
                reference[i] += w * zj[i];
            }
        }
        for (String algorithm : List.of("simpls", "pls1")) {
            Reduction r = contribution().reduce(m, valuesWith(Map.of("algorithm", algorithm)), 1, null);
            double[] first = Statistics.column(r.scores(), 0);
            assertEquals(1.0, Statistics.pearson(first, reference), 1e-9, algorithm + ": same direction, same sign");
            assertTrue(r.loadings()[RESPONSE][0] > 0, "turned to correlate positively with the response");
            assertEquals(List.of("PLS1", "PLS2"), r.components());
            assertEquals(Statistics.pearson(Statistics.column(rows, 3), first), r.loadings()[3][0], 1e-12);
        }
    }

    @Test
    void explainedSharesOfOrthogonalScoresAddUpToAtMostOne() {
        Reduction r = contribution().reduce(wineWithSigmaN(), valuesWith(Map.of("components", 12)), 1, null);
        double sum = 0;
        for (double e : r.explainedVariance()) {
            assertTrue(e > 0 && e <= 1, "share " + e);
            sum += e;
        }
        // 12 components of 12 predictors span them all: the shares add up to 1.
        assertEquals(1.0, sum, 1e-9);
        assertEquals(0, Statistics.pearson(Statistics.column(r.scores(), 0), Statistics.column(r.scores(), 1)), 1e-9,
                "SIMPLS scores are orthogonal");
    }

    @Test
    void aResponseThatIsNotAVariableIsReportedByName() {
        Problems problems = new Problems();
        contribution().validate(valuesWith(Map.of("response", "porosity")), shape(), problems);
        assertEquals(List.of("response"), problems.list().stream().map(Problems.Problem::where).toList());
        assertTrue(problems.list().get(0).message().contains("sigmaN"), "lists what there is");
    }

    private static double[] standardized(double[] v) {
        double mean = Statistics.mean(v);
        double sd = Math.sqrt(Statistics.variance(v));
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (v[i] - mean) / sd;
        }
        return out;
    }
}
