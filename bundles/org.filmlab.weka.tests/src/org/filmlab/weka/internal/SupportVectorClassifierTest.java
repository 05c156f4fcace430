// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;
import org.filmlab.testkit.ClassifierContract;
import org.filmlab.testkit.ContractData;
import org.junit.jupiter.api.Test;

class SupportVectorClassifierTest extends ClassifierContract<SupportVectorClassifier> {

    @Override
    protected SupportVectorClassifier contribution() {
        return new SupportVectorClassifier();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.smo";
    }

    private final SupportVectorClassifier smo = new SupportVectorClassifier();

    /** Two groups mirrored through the origin: the maximum-margin line is x + y = 0. */
    private static final double[][] SEPARABLE_X = { { -2, -2 }, { -3, -1 }, { -1, -3 }, { -2.5, -2.5 }, { -1, -1 },
            { -3, 0 }, { 2, 2 }, { 3, 1 }, { 1, 3 }, { 2.5, 2.5 }, { 1, 1 }, { 3, 0 } };
    private static final int[] SEPARABLE_Y = { 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1 };

    private static LabeledSamples separable() {
        return LabeledSamples.of(List.of("x", "y"), 2, SEPARABLE_X, SEPARABLE_Y);
    }

    @Test
    void linearKernelSeparatesAndPredictsHeldOutPoints() {
        for (String scaling : List.of("standardize", "normalize", "none")) {
            long start = System.nanoTime();
            TrainedModel model = smo.train(separable(), valuesWith(Map.of(SupportVectorClassifier.SCALING, scaling)), 1,
                    null);
            System.out.printf("SMO linear (%s) on 12 rows: %.1f ms%n", scaling, (System.nanoTime() - start) / 1e6);
            for (int i = 0; i < SEPARABLE_X.length; i++) {
                assertEquals(SEPARABLE_Y[i], model.predict(SEPARABLE_X[i]).label(), scaling + ", training row " + i);
            }
            double[][] heldOut = { { -1, -1.5 }, { 1.2, 0.8 }, { -3, 1 }, { 3, -1 }, { -0.2, -0.4 }, { 0.4, 0.1 } };
            int[] expected = { 0, 1, 0, 1, 0, 1 };
            for (int i = 0; i < heldOut.length; i++) {
                Prediction p = model.predict(heldOut[i]);
                assertEquals(expected[i], p.label(), scaling + ", held-out point " + Arrays.toString(heldOut[i]));
                assertEquals(1.0, p.distribution()[0] + p.distribution()[1], 1e-12);
            }
        }
    }

    @Test
    void threeClassesAreSolvedPairwise() {
        double[][] x = { { -3 }, { -2 }, { -1 }, { 2 }, { 3 }, { 4 }, { 7 }, { 8 }, { 9 } };
        int[] y = { 0, 0, 0, 1, 1, 1, 2, 2, 2 };
        TrainedModel model = smo.train(LabeledSamples.of(List.of("x"), 3, x, y), values(), 1, null);
        assertEquals(0, model.predict(new double[] { -1.5 }).label());
        assertEquals(1, model.predict(new double[] { 3.5 }).label());
        assertEquals(2, model.predict(new double[] { 10 }).label());
        assertEquals(3, model.predict(new double[] { 3 }).distribution().length);
    }

    @Test
    void rbfKernelLearnsWhatNoLineCan() {
        // XOR: opposite corners share a class.
        double[][] x = { { 1, 1 }, { 1.2, 0.9 }, { -1, -1 }, { -0.9, -1.2 }, { 1, -1 }, { 0.9, -1.1 }, { -1, 1 },
                { -1.1, 0.8 } };
        int[] y = { 0, 0, 0, 0, 1, 1, 1, 1 };
        LabeledSamples xor = LabeledSamples.of(List.of("a", "b"), 2, x, y);
        TrainedModel rbf = smo.train(xor, valuesWith(Map.of(SupportVectorClassifier.KERNEL, "rbf",
                SupportVectorClassifier.GAMMA, 1.0, SupportVectorClassifier.COMPLEXITY, 100.0)), 1, null);
        TrainedModel linear = smo.train(xor, values(), 1, null);
        int rbfWrong = 0;
        int linearWrong = 0;
        for (int i = 0; i < x.length; i++) {
            rbfWrong += rbf.predict(x[i]).label() == y[i] ? 0 : 1;
            linearWrong += linear.predict(x[i]).label() == y[i] ? 0 : 1;
        }
        assertEquals(0, rbfWrong);
        assertTrue(linearWrong > 0, "a line cannot separate XOR");
    }

    @Test
    void logisticModelsGiveProbabilities() {
        TrainedModel model = smo.train(separable(), valuesWith(Map.of(SupportVectorClassifier.LOGISTIC_MODELS, true)),
                1, null);
        Prediction far = model.predict(new double[] { 4, 4 });
        Prediction near = model.predict(new double[] { 0.1, 0.1 });
        assertEquals(1, far.label());
        assertTrue(far.distribution()[1] > 0.5 && far.distribution()[1] <= 1.0, Arrays.toString(far.distribution()));
        assertTrue(near.distribution()[1] > 0.0 && near.distribution()[1] < 1.0, Arrays.toString(near.distribution()));
        assertEquals(1.0, far.distribution()[0] + far.distribution()[1], 1e-9);
        assertTrue(near.distribution()[1] < far.distribution()[1], "closer to the boundary, less sure");
    }

    /** Three calibrated classes take CoupledSMO's batches: each row as it is predicted alone. */
    @Test
    void logisticModelsOfThreeClassesPredictABatchAsRowByRow() {
        LabeledSamples films = ContractData.labeledConditions();
        assertEquals(3, films.classCount());
        TrainedModel model = smo.train(films, valuesWith(Map.of(SupportVectorClassifier.LOGISTIC_MODELS, true)), 5,
                null);
        assertBatchAsRows(model, films);
    }

    /**
     * Classes balanced by oversampling, as the workflow trains: the pairs' weights are equal, so
     * labels alone are found mostly without coupling (CoupledSMO.labelsForInstances), and must be
     * the labels row-by-row predictions give.
     */
    @Test
    void balancedClassesGiveTheSameLabelsAlone() {
        RandomOversampler oversampler = new RandomOversampler();
        LabeledSamples films = oversampler.resample(ContractData.labeledConditions(),
                oversampler.parameters().defaults(), 7, null);
        int[] sizes = films.classSizes();
        assertTrue(sizes[0] == sizes[1] && sizes[1] == sizes[2], Arrays.toString(sizes));
        TrainedModel model = smo.train(films, valuesWith(Map.of(SupportVectorClassifier.LOGISTIC_MODELS, true)), 5,
                null);
        assertBatchAsRows(model, films);
    }

    @Test
    void sameSeedGivesIdenticalModels() {
        ParameterValues values = valuesWith(Map.of(SupportVectorClassifier.LOGISTIC_MODELS, true));
        TrainedModel a = smo.train(separable(), values, 11, null);
        TrainedModel b = smo.train(separable(), values, 11, null);
        for (double u = -4; u <= 4; u += 0.5) {
            double[] q = { u, 0.3 * u - 0.2 };
            assertArrayEquals(a.predict(q).distribution(), b.predict(q).distribution(), 0.0);
        }
    }

    @Test
    void weightsAreHonoured() {
        // One feature; the classes overlap at 3 and 4. With unit weights the boundary lies between the
        // groups' middles (3.5); weighting class 1 ten times makes misclassifying its rows at 3 and 4 costly,
        // so the boundary moves left of 3.
        double[][] x = { { 0 }, { 1 }, { 2 }, { 3 }, { 4 }, { 3 }, { 4 }, { 5 }, { 6 }, { 7 } };
        int[] y = { 0, 0, 0, 0, 0, 1, 1, 1, 1, 1 };
        double[] unit = new double[10];
        Arrays.fill(unit, 1.0);
        double[] heavy = unit.clone();
        for (int i = 5; i < 10; i++) {
            heavy[i] = 10.0;
        }
        ParameterValues values = valuesWith(Map.of(SupportVectorClassifier.COMPLEXITY, 1.0));
        TrainedModel plain = smo.train(new LabeledSamples(List.of("x"), 2, x, y, unit), values, 1, null);
        TrainedModel weighted = smo.train(new LabeledSamples(List.of("x"), 2, x, y, heavy), values, 1, null);
        assertEquals(0, plain.predict(new double[] { 3.0 }).label());
        assertEquals(1, weighted.predict(new double[] { 3.0 }).label());

        // A row of weight 2 counts like the row twice.
        double[][] twiceX = Arrays.copyOf(x, 11);
        twiceX[10] = x[3];
        int[] twiceY = Arrays.copyOf(y, 11);
        twiceY[10] = y[3];
        double[] doubled = unit.clone();
        doubled[3] = 2.0;
        TrainedModel byWeight = smo.train(new LabeledSamples(List.of("x"), 2, x, y, doubled), values, 1, null);
        TrainedModel byCopy = smo.train(LabeledSamples.of(List.of("x"), 2, twiceX, twiceY), values, 1, null);
        for (double u = -1; u <= 8; u += 0.05) {
            assertEquals(byCopy.predict(new double[] { u }).label(), byWeight.predict(new double[] { u }).label(),
                    "at x = " + u);
        }
    }

    @Test
    void nonPositiveComplexityAndGammaAreRejected() {
        Map<String, Object> given = new HashMap<>();
        given.put(SupportVectorClassifier.COMPLEXITY, 0.0);
        given.put(SupportVectorClassifier.KERNEL, "rbf");
        given.put(SupportVectorClassifier.GAMMA, 0.0);
        ParameterValues bad = valuesWith(given);
        Problems problems = new Problems();
        smo.validate(bad, new DataShape(12, List.of("x", "y"), List.of("x", "y"), List.of(), 2), problems);
        assertEquals(List.of(SupportVectorClassifier.COMPLEXITY, SupportVectorClassifier.GAMMA),
                problems.list().stream().map(Problems.Problem::where).toList());
        assertThrows(IllegalArgumentException.class, () -> smo.train(separable(), bad, 1, null));
    }

    @Test
    void citesPlatt() {
        assertFalse(smo.references().isEmpty());
        assertTrue(smo.references().get(0).contains("Platt"));
        assertNotEquals(smo.parameters().keys(), List.of());
    }
}
