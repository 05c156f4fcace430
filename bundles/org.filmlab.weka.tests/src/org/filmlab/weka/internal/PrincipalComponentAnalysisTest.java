// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.Reduction;
import org.filmlab.core.analysis.VariableMatrix;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.ReducerContract;
import org.junit.jupiter.api.Test;

class PrincipalComponentAnalysisTest extends ReducerContract<PrincipalComponentAnalysis> {

    @Override
    protected PrincipalComponentAnalysis contribution() {
        return new PrincipalComponentAnalysis();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.pca";
    }

    private final PrincipalComponentAnalysis pca = new PrincipalComponentAnalysis();

    @Test
    void wineExplainedVarianceMatchesScikitLearn() {
        long start = System.nanoTime();
        Reduction r = pca.reduce(Wine.measurements(), values(), 1, null);
        System.out.printf("PCA of wine (178 x 13): PC1 %.6f, PC2 %.6f in %.1f ms%n", r.explainedVariance()[0],
                r.explainedVariance()[1], (System.nanoTime() - start) / 1e6);
        // Independent references: scikit-learn's PCA on standardized data gives 0.3620 and 0.1921 (the data's
        // README), and numpy.linalg.eigh of the correlation matrix gave 0.361988 and 0.192075.
        assertEquals(0.3620, r.explainedVariance()[0], 5e-4);
        assertEquals(0.1921, r.explainedVariance()[1], 5e-4);
        assertEquals(List.of("PC1", "PC2", "PC3"), r.components().subList(0, 3));
        assertEquals(13, r.components().size(), "all components are kept by default");
        double sum = 0;
        for (double e : r.explainedVariance()) {
            sum += e;
        }
        assertEquals(1.0, sum, 1e-9, "13 components of 13 standardized variables explain everything");
        for (int c = 1; c < 13; c++) {
            assertTrue(r.explainedVariance()[c] <= r.explainedVariance()[c - 1], "components are sorted");
        }
    }

    @Test
    void loadingsAreCorrelationsOfVariablesWithScores() {
        for (boolean standardize : new boolean[] { true, false }) {
            VariableMatrix wine = Wine.measurements();
            Reduction r = pca.reduce(wine, valuesWith(Map.of(PrincipalComponentAnalysis.STANDARDIZE, standardize)), 1,
                    null);
            for (int j = 0; j < Wine.VARIABLES; j++) {
                for (int c = 0; c < 4; c++) {
                    double expected = Statistics.pearson(Statistics.column(wine.rows(), j),
                            Statistics.column(r.scores(), c));
                    assertEquals(expected, r.loadings()[j][c], 1e-9, "variable " + j + ", component " + c
                            + ", standardize " + standardize);
                }
            }
        }
    }

    @Test
    void scoresAreCentredUncorrelatedWithTheEigenvaluesAsVariances() {
        VariableMatrix wine = Wine.measurements();
        Reduction r = pca.reduce(wine, values(), 1, null);
        assertEquals(Wine.ROWS, r.scores().length);
        for (int c = 0; c < 3; c++) {
            double[] s = Statistics.column(r.scores(), c);
            assertEquals(0.0, Statistics.mean(s), 1e-9);
            // On the correlation matrix the eigenvalues add up to the number of variables.
            assertEquals(r.explainedVariance()[c] * Wine.VARIABLES, Statistics.variance(s), 1e-9);
            for (int d = c + 1; d < 3; d++) {
                assertEquals(0.0, Statistics.pearson(s, Statistics.column(r.scores(), d)), 1e-9);
            }
        }
    }

    @Test
    void largestLoadingOfEachComponentIsPositive() {
        Reduction r = pca.reduce(Wine.measurements(), values(), 1, null);
        for (int c = 0; c < r.components().size(); c++) {
            double largest = 0;
            for (double[] row : r.loadings()) {
                if (Math.abs(row[c]) > Math.abs(largest)) {
                    largest = row[c];
                }
            }
            assertTrue(largest > 0, "component " + (c + 1));
        }
    }

    @Test
    void sameInputGivesIdenticalOutput() {
        Reduction a = pca.reduce(Wine.measurements(), values(), 1, null);
        Reduction b = pca.reduce(Wine.measurements(), values(), 99, null);
        for (int i = 0; i < Wine.ROWS; i++) {
            assertArrayEquals(a.scores()[i], b.scores()[i], 0.0);
        }
        assertArrayEquals(a.explainedVariance(), b.explainedVariance(), 0.0);
    }

    @Test
    void componentsParameterKeepsThatManyAndAllIsLimitedByRows() {
        Reduction two = pca.reduce(Wine.measurements(), valuesWith(Map.of(PrincipalComponentAnalysis.COMPONENTS, 2)), 1,
                null);
        assertEquals(2, two.components().size());
        assertEquals(2, two.scores()[0].length);
        assertEquals(2, two.loadings()[0].length);

        // 4 rows of 5 variables span at most 3 dimensions once centred.
        double[][] rows = { { 1, 2, 3, 4, 6 }, { 2, 1, 0, 3, 5 }, { 4, 4, 1, 0, 2 }, { 0, 3, 2, 2, 9 } };
        VariableMatrix small = new VariableMatrix(List.of("a", "b", "c", "d", "e"), rows);
        Reduction all = pca.reduce(small, values(), 1, null);
        assertEquals(3, all.components().size());
        double sum = all.explainedVariance()[0] + all.explainedVariance()[1] + all.explainedVariance()[2];
        assertEquals(1.0, sum, 1e-9, "the dropped components have no variance");
    }

    @Test
    void constantVariableGetsZeroLoadingsAndOthersStayAligned() {
        VariableMatrix wine = Wine.measurements();
        double[][] rows = new double[wine.rows().length][];
        for (int i = 0; i < rows.length; i++) {
            double[] r = wine.rows()[i];
            rows[i] = new double[] { r[0], 7.0, r[1], r[2] };
        }
        Reduction r = pca.reduce(new VariableMatrix(List.of("alcohol", "constant", "malic", "ash"), rows),
                values(), 1, null);
        assertEquals(3, r.components().size(), "a constant variable adds no component");
        for (int c = 0; c < 3; c++) {
            assertEquals(0.0, r.loadings()[1][c], 0.0);
            for (int j : new int[] { 0, 2, 3 }) {
                double expected = Statistics.pearson(Statistics.column(rows, j), Statistics.column(r.scores(), c));
                assertEquals(expected, r.loadings()[j][c], 1e-9);
            }
        }
    }

    @Test
    void tooManyComponentsAreRejectedBeforeAndDuringTheRun() {
        ParameterValues twenty = valuesWith(Map.of(PrincipalComponentAnalysis.COMPONENTS, 20));
        Problems problems = new Problems();
        pca.validate(twenty, new DataShape(178, List.of("a", "b", "c"), List.of(), List.of(), 0), problems);
        assertEquals(1, problems.list().size());
        assertEquals(PrincipalComponentAnalysis.COMPONENTS, problems.list().get(0).where());
        assertThrows(IllegalArgumentException.class, () -> pca.reduce(Wine.measurements(), twenty, 1, null));

        Problems none = new Problems();
        pca.validate(values(), new DataShape(178, List.of("a", "b", "c"), List.of(), List.of(), 0), none);
        assertTrue(none.isEmpty());
    }

    @Test
    void citesTheMethod() {
        assertFalse(pca.references().isEmpty());
        assertTrue(pca.references().stream().anyMatch(s -> s.contains("Pearson")));
    }
}
