// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.liblinear.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.testkit.ClassifierContract;
import org.filmlab.testkit.Refusal;
import org.junit.jupiter.api.Test;

/**
 * LIBLINEAR as FilmLab's classifier. The reference values come from scikit-learn 1.2.1 (Debian
 * python3-sklearn), which wraps the C LIBLINEAR: StandardScaler, then
 * {@code LinearSVC(dual=False, C=1, tol=1e-4, loss="squared_hinge", intercept_scaling=1)} and
 * {@code LogisticRegression(solver="liblinear", C=1, tol=1e-4, intercept_scaling=1, multi_class="ovr")},
 * fitted on {@link #X}/{@link #Y} and evaluated at {@link #POINTS}, with FilmLab's tolerance set to
 * scikit-learn's 1e-4. Both solvers stop at a
 * tolerance, so values agree to about 1e-3, not to the last digit.
 */
class LinearSvmClassifierTest extends ClassifierContract<LinearSvmClassifier> {

    /** L:S and X:B of 15 films in 3 overlapping classes. */
    private static final double[][] X = {{0.6, 0}, {0.7, 25}, {0.8, 50}, {0.9, 10}, {1.0, 30}, {1.0, 60}, {1.1, 40},
            {1.2, 75}, {1.2, 100}, {1.3, 80}, {1.4, 90}, {0.6, 100}, {0.7, 75}, {1.4, 0}, {0.9, 62.5}};
    private static final int[] Y = {2, 2, 2, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 1, 0};
    private static final double[][] POINTS = {{0.65, 10}, {1.0, 40}, {1.3, 90}, {0.95, 70}};

    private static final double[][] SVC_DECISION = {
            {-0.029498700497, -2.812253744851, 0.78854762758},
            {-0.222403506519, -0.786572530384, -0.854876293317},
            {-0.570240348957, 1.230109777116, -2.129236217401},
            {-0.452478428873, -0.680119151135, -0.430516763752}};
    private static final double[][] LOGISTIC_PROBABILITY = {
            {0.383191205331, 0.02448293766, 0.592325857009},
            {0.407768058232, 0.295068853251, 0.297163088517},
            {0.226751094763, 0.711391917792, 0.061856987445},
            {0.30554269164, 0.322873881133, 0.371583427226}};

    private final LinearSvmClassifier classifier = new LinearSvmClassifier();

    @Override
    protected LinearSvmClassifier contribution() {
        return new LinearSvmClassifier();
    }

    @Override
    protected String id() {
        return "org.filmlab.liblinear.linearSvm";
    }

    /** A classifier needs two classes at least. */
    @Override
    protected List<Refusal> refusals() {
        return List.of(new Refusal(Map.of(), new DataShape(4, List.of("LS"), List.of(), List.of(), 1),
                LinearSvmClassifier.LOSS));
    }

    private static LabeledSamples films() {
        return LabeledSamples.of(List.of("LS", "XB"), 3, X, Y);
    }

    @Test
    void linearSvmDecisionValuesMatchScikitLearnsLinearSvc() {
        LinearModel model = (LinearModel) classifier.train(films(),
                valuesWith(Map.of(LinearSvmClassifier.TOLERANCE, 1e-4)), 1, null);
        for (int p = 0; p < POINTS.length; p++) {
            assertArrayEquals(SVC_DECISION[p], model.decisionValues(POINTS[p]), 2e-3, "point " + p);
            Prediction prediction = model.predict(POINTS[p]);
            assertEquals(argmax(SVC_DECISION[p]), prediction.label(), "point " + p);
            assertEquals(1.0, Arrays.stream(prediction.distribution()).sum(), 1e-12);
        }
    }

    @Test
    void logisticProbabilitiesMatchScikitLearnsLiblinearLogisticRegression() {
        TrainedModel model = classifier.train(films(),
                valuesWith(Map.of(LinearSvmClassifier.LOSS, "logistic", LinearSvmClassifier.TOLERANCE, 1e-4)), 1, null);
        for (int p = 0; p < POINTS.length; p++) {
            assertArrayEquals(LOGISTIC_PROBABILITY[p], model.predict(POINTS[p]).distribution(), 2e-3, "point " + p);
        }
    }

    @Test
    void scalingIsFittedOnTheTrainingRowsOnly() {
        // Shifting and stretching a feature in training and prediction alike must not change a
        // standardized model's answers; it does change them without scaling (the penalty sees units).
        double[][] stretched = Arrays.stream(X).map(r -> new double[] {r[0], 1000 + 50 * r[1]}).toArray(double[][]::new);
        LabeledSamples far = LabeledSamples.of(List.of("LS", "XB"), 3, stretched, Y);
        TrainedModel near = classifier.train(films(), classifier.parameters().defaults(), 1, null);
        TrainedModel farModel = classifier.train(far, classifier.parameters().defaults(), 1, null);
        for (double[] p : POINTS) {
            assertArrayEquals(near.predict(p).distribution(), farModel.predict(new double[] {p[0], 1000 + 50 * p[1]})
                    .distribution(), 1e-6);
        }
    }

    @Test
    void classWeightsShiftTheBoundaryTowardsTheLighterClass() {
        // Weighing class 3 ten times as much must make it win at more of the grid.
        double[] weights = new double[Y.length];
        for (int r = 0; r < Y.length; r++) {
            weights[r] = Y[r] == 2 ? 10.0 : 1.0;
        }
        TrainedModel plain = classifier.train(films(), classifier.parameters().defaults(), 1, null);
        TrainedModel weighted = classifier.train(new LabeledSamples(List.of("LS", "XB"), 3, X, Y, weights),
                classifier.parameters().defaults(), 1, null);
        int plainWins = 0;
        int weightedWins = 0;
        for (double ls = 0.6; ls <= 1.4; ls += 0.05) {
            for (double xb = 0; xb <= 100; xb += 5) {
                plainWins += plain.predict(new double[] {ls, xb}).label() == 2 ? 1 : 0;
                weightedWins += weighted.predict(new double[] {ls, xb}).label() == 2 ? 1 : 0;
            }
        }
        assertTrue(weightedWins > plainWins, weightedWins + " vs " + plainWins);
    }

    @Test
    void rowWeightsThatDifferWithinAClassAreRefusedWithTheReason() {
        double[] weights = new double[Y.length];
        Arrays.fill(weights, 1.0);
        weights[1] = 2.0;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> classifier.train(
                new LabeledSamples(List.of("LS", "XB"), 3, X, Y, weights), classifier.parameters().defaults(), 1,
                null));
        assertTrue(e.getMessage().contains("class 3"), e.getMessage());
    }

    @Test
    void theSeedDoesNotMatter() {
        // LIBLINEAR's primal Newton solver draws nothing; same seed, same model is the kit's check.
        LabeledSamples films = films();
        TrainedModel a = classifier.train(films, classifier.parameters().defaults(), 1, null);
        TrainedModel b = classifier.train(films, classifier.parameters().defaults(), 99, new NullProgressMonitor());
        for (double[] p : POINTS) {
            assertArrayEquals(a.predict(p).distribution(), b.predict(p).distribution(), 0.0);
        }
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
