// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.liblinear.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.filmlab.core.analysis.LabeledSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * The dense port of LIBLINEAR's L2-loss SVM ({@link SquaredHingeSvm}) and its predictions
 * ({@link LinearWeights}) against LIBLINEAR for Java itself, bit for bit: random problems of 2 to 5
 * classes, with and without a bias column, with class weights, several C and tolerances, rows whose
 * classes come in random order (LIBLINEAR groups them, and the sums follow the grouped order).
 * Any change of operation order shows here as a differing last bit, which is what keeps FilmLab's
 * results byte for byte the same as before the port.
 */
class DenseSolverTest {

    static {
        Linear.disableDebugOutput();
    }

    /** One random problem, as a dense matrix and as LIBLINEAR's rows of every value. */
    private record RandomProblem(double[] dense, int n, int[] y, double bias, double c, double eps, double[] classWeights) {

        static RandomProblem draw(long seed) {
            Random random = new Random(seed);
            int features = 1 + random.nextInt(5);
            double bias = random.nextBoolean() ? 0 : (random.nextBoolean() ? 1 : 0.5 + 3 * random.nextDouble());
            int n = features + (bias > 0 ? 1 : 0);
            int classes = 2 + random.nextInt(4);
            int l = classes + random.nextInt(random.nextBoolean() ? 40 : 3000);
            int[] y = new int[l];
            for (int i = 0; i < l; i++) {
                y[i] = i < classes ? i : random.nextInt(classes);
            }
            // Rows in random order, so classes first occur in any order.
            for (int i = l - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = y[i];
                y[i] = y[j];
                y[j] = t;
            }
            double[][] centre = new double[classes][features];
            for (double[] row : centre) {
                for (int f = 0; f < features; f++) {
                    row[f] = random.nextGaussian();
                }
            }
            double[] dense = new double[l * n];
            for (int i = 0; i < l; i++) {
                for (int f = 0; f < features; f++) {
                    // Some exact zeros and repeated values, as standardized discrete conditions give.
                    double v = random.nextInt(8) == 0 ? 0 : centre[y[i]][f] + random.nextGaussian();
                    dense[i * n + f] = random.nextInt(4) == 0 ? Math.rint(v * 2) / 2 : v;
                }
                if (bias > 0) {
                    dense[i * n + features] = bias;
                }
            }
            double c = new double[] {1e-3, 0.1, 1, 10, 1000}[random.nextInt(5)];
            double eps = new double[] {0.01, 1e-4, 0.1}[random.nextInt(3)];
            double[] classWeights = new double[classes];
            boolean weighted = random.nextBoolean();
            for (int k = 0; k < classes; k++) {
                classWeights[k] = weighted ? 0.2 + 4 * random.nextDouble() : 1.0;
            }
            return new RandomProblem(dense, n, y, bias, c, eps, classWeights);
        }

        Feature[] row(int i) {
            Feature[] x = new Feature[n];
            for (int j = 0; j < n; j++) {
                x[j] = new FeatureNode(j + 1, dense[i * n + j]);
            }
            return x;
        }

        Model liblinear(SolverType solver) {
            Problem problem = new Problem();
            problem.l = y.length;
            problem.n = n;
            problem.bias = bias > 0 ? bias : -1;
            problem.x = new Feature[problem.l][];
            problem.y = new double[problem.l];
            for (int i = 0; i < problem.l; i++) {
                problem.x[i] = row(i);
                problem.y[i] = y[i];
            }
            Parameter parameter = new Parameter(solver, c, eps);
            int[] labels = new int[classWeights.length];
            Arrays.setAll(labels, k -> k);
            parameter.setWeights(classWeights, labels);
            return Linear.train(problem, parameter);
        }

        LinearWeights solveDense() {
            return SquaredHingeSvm.train((row, into, offset) -> System.arraycopy(dense, row * n, into, offset, n), n, y,
                    c, eps, classWeights, null);
        }
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 2021, 20210401})
    void weightsAndDecisionValuesAreLiblinearsToTheBit(long seed) {
        RandomProblem p = RandomProblem.draw(seed);
        Model reference = p.liblinear(SolverType.L2R_L2LOSS_SVC);
        LinearWeights dense = p.solveDense();
        assertArrayEquals(reference.getLabels(), dense.labels(), "labels in order of first occurrence");
        assertArrayEquals(bits(reference.getFeatureWeights()), bits(dense.w()),
                () -> "weights " + Arrays.toString(reference.getFeatureWeights()) + " vs " + Arrays.toString(dense.w()));
        double[] values = new double[reference.getNrClass()];
        for (int i = 0; i < p.y.length; i += 7) {
            Linear.predictValues(reference, p.row(i), values);
            double[] row = Arrays.copyOfRange(p.dense, i * p.n, (i + 1) * p.n);
            double[] mine = dense.decisionValues(row);
            assertArrayEquals(bits(Arrays.copyOf(values, mine.length)), bits(mine), "row " + i);
        }
    }

    /** Logistic regression stays LIBLINEAR's; its probabilities are computed from its weights on the dense row. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void probabilitiesAreLiblinearsToTheBit(long seed) {
        RandomProblem p = RandomProblem.draw(seed);
        Model reference = p.liblinear(SolverType.L2R_LR);
        LinearWeights weights = new LinearWeights(reference.getLabels(), reference.getFeatureWeights(), p.n);
        double[] probability = new double[reference.getNrClass()];
        for (int i = 0; i < p.y.length; i += 5) {
            Linear.predictProbability(reference, p.row(i), probability);
            double[] row = Arrays.copyOfRange(p.dense, i * p.n, (i + 1) * p.n);
            assertArrayEquals(bits(probability), bits(weights.probabilities(row)), "row " + i);
        }
    }

    /**
     * The classifier as a workflow runs it (defaults: standardized, bias 1, C 1, tolerance 0.01, oversampled
     * classes of equal weight) gives the decision values of LIBLINEAR's own model on LIBLINEAR's rows.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theClassifierDecidesAsLiblinearOnItsFeatureRows(long seed) {
        Random random = new Random(seed);
        int l = 2000;
        double[][] x = new double[l][3];
        int[] y = new int[l];
        for (int i = 0; i < l; i++) {
            x[i] = new double[] {3 + random.nextInt(8), 0.6 + 0.2 * random.nextInt(5), 25 * random.nextInt(5)};
            y[i] = (x[i][0] + x[i][2] / 25 + random.nextGaussian() > 7) ? (x[i][1] > 0.9 ? 0 : 1) : 2;
        }
        LabeledSamples training = LabeledSamples.of(List.of("P", "LS", "XB"), 3, x, y);
        LinearSvmClassifier classifier = new LinearSvmClassifier();
        LinearModel model = (LinearModel) classifier.train(training, classifier.parameters().defaults(), seed, null);

        LinearSvmClassifier.Scaling scaling = LinearSvmClassifier.Scaling.fit(x);
        Problem problem = new Problem();
        problem.l = l;
        problem.n = 4;
        problem.bias = 1;
        problem.x = new Feature[l][];
        problem.y = new double[l];
        for (int i = 0; i < l; i++) {
            problem.x[i] = scaling.features(x[i], 1);
            problem.y[i] = y[i];
        }
        Parameter parameter = new Parameter(SolverType.L2R_L2LOSS_SVC, 1, 0.01);
        parameter.setWeights(new double[] {1, 1, 1}, new int[] {0, 1, 2});
        Model reference = Linear.train(problem, parameter);
        double[] values = new double[3];
        for (int i = 0; i < l; i += 11) {
            Linear.predictValues(reference, problem.x[i], values);
            double[] byClass = new double[3];
            for (int k = 0; k < 3; k++) {
                byClass[reference.getLabels()[k]] = values[k];
            }
            assertArrayEquals(bits(byClass), bits(model.decisionValues(x[i])), "row " + i);
        }
    }

    /** A class weight for a class without rows is LIBLINEAR's error too. */
    @Test
    void aWeightedClassWithoutRowsIsRefusedAsByLiblinear() {
        double[] x = {0, 1, 2, 3};
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> SquaredHingeSvm.train((row, into, offset) -> into[offset] = x[row], 1, new int[] {0, 1, 0, 1}, 1,
                        0.01, new double[] {1, 1, 1}, null));
        assertEquals("class label 2 specified in weight is not found", thrown.getMessage());
    }
}
