// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.analysis.VariableMatrix;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.ReducerContract;
import org.junit.jupiter.api.Test;

class NoReductionTest extends ReducerContract<NoReduction> {

    @Override
    protected NoReduction contribution() {
        return new NoReduction();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.noReduction";
    }

    @Test
    void scoresAreTheStandardizedVariablesAndLoadingsTheirCorrelations() {
        VariableMatrix wine = Wine.measurements();
        Reduction r = contribution().reduce(wine, contribution().parameters().defaults(), 1, null);
        assertEquals(wine.variables(), r.components());
        for (int j = 0; j < Wine.VARIABLES; j++) {
            double[] raw = Statistics.column(wine.rows(), j);
            double[] score = Statistics.column(r.scores(), j);
            assertEquals(0, Statistics.mean(score), 1e-12);
            assertEquals(1, Statistics.variance(score), 1e-12);
            assertEquals((raw[5] - Statistics.mean(raw)) / Math.sqrt(Statistics.variance(raw)), score[5], 1e-12);
            assertEquals(1.0 / Wine.VARIABLES, r.explainedVariance()[j], 1e-15);
            for (int k = 0; k < Wine.VARIABLES; k++) {
                assertEquals(Statistics.pearson(raw, Statistics.column(wine.rows(), k)), r.loadings()[j][k],
                        1e-12);
            }
        }
    }

    @Test
    void withoutStandardizingTheValuesPassThrough() {
        VariableMatrix wine = Wine.measurements();
        Reduction r = contribution().reduce(wine,
                contribution().parameters().resolve(Map.of(NoReduction.STANDARDIZE, false), "none", new Problems()),
                1, null);
        assertEquals(wine.rows()[17][3], r.scores()[17][3], 0.0);
    }
}
