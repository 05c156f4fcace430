// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.liblinear.internal;

import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.filmlab.core.analysis.Classifier;
import org.filmlab.core.analysis.DataShape;
import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.core.analysis.TrainedModel;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterSet;
import org.filmlab.core.params.ParameterValues;
import org.filmlab.core.params.Problems;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * A linear classifier for many films (contribution {@code org.filmlab.liblinear.linearSvm}):
 * LIBLINEAR's primal Newton solver for the L2-regularized squared hinge loss (a linear SVM,
 * one-vs-rest) or the logistic loss, after standardization fitted on the training rows. Its cost
 * grows linearly with the rows, where SMO's grows quadratically, so it is the classifier of the
 * benchmark at 10^6 films; the paper's workflow keeps SMO. The linear SVM runs LIBLINEAR's solver
 * ported to a dense matrix ({@link SquaredHingeSvm}, the same doubles as LIBLINEAR's, several times
 * faster without one object per value); logistic regression runs LIBLINEAR for Java itself.
 * <p>
 * Only the primal solvers are offered: with a handful of features and many rows they converge in
 * a few Newton steps, and they use no random numbers, so a model depends on its rows alone.
 * LIBLINEAR weighs classes, not rows, so row weights must be equal within each class (as the
 * class-weights resampler makes them); they become LIBLINEAR's class weights. Stateless.
 */
public final class LinearSvmClassifier implements Classifier {

    /** Parameter key: the loss, {@code squaredHinge} (linear SVM) or {@code logistic}. */
    public static final String LOSS = "loss";
    /** Parameter key: C, the weight of the loss against the L2 penalty. */
    public static final String COMPLEXITY = "complexity";
    /** Parameter key: the solver's stopping tolerance on the gradient norm (relative). */
    public static final String TOLERANCE = "tolerance";
    /** Parameter key: {@code standardize} or {@code none}. */
    public static final String SCALING = "scaling";
    /** Parameter key: the value of the constant feature that makes the intercept, 0 for none. */
    public static final String BIAS = "bias";

    static final String SQUARED_HINGE = "squaredHinge";
    static final String LOGISTIC = "logistic";
    static final String STANDARDIZE = "standardize";
    static final String NONE = "none";

    private static final ParameterSet PARAMETERS = ParameterSet.of(
            Parameter.choice(LOSS, "Loss",
                    "squaredHinge: a linear support vector machine (L2-loss), one-vs-rest, whose distribution is"
                            + " the softmax of the decision values (scores, not calibrated probabilities);"
                            + " logistic: L2-regularized logistic regression, one-vs-rest, with probabilities.",
                    SQUARED_HINGE, SQUARED_HINGE, LOGISTIC),
            Parameter.real(COMPLEXITY, "Complexity (C)",
                    "The weight of the training loss against the L2 penalty on the weights; larger values fit"
                            + " the training rows more closely.",
                    1.0, 1e-6, 1e6),
            Parameter.real(TOLERANCE, "Tolerance",
                    "The solver stops when the gradient norm has shrunk by this factor (LIBLINEAR's -e,"
                            + " scikit-learn's tol). 0.01 is LIBLINEAR's default for its primal solvers; scikit-learn"
                            + " defaults to 1e-4, which costs more Newton steps for the same predictions here.",
                    0.01, 1e-12, 1.0),
            Parameter.choice(SCALING, "Feature scaling",
                    "standardize: mean 0 and standard deviation 1 per feature, fitted on the training rows only;"
                            + " none: the features as they are.",
                    STANDARDIZE, STANDARDIZE, NONE),
            Parameter.real(BIAS, "Intercept feature",
                    "The value of the constant feature appended to every row, whose weight is the intercept"
                            + " (regularized like the others, as in LIBLINEAR and scikit-learn's intercept_scaling);"
                            + " 0 fits no intercept.",
                    1.0, 0.0, 1e6));

    static {
        // LIBLINEAR prints every Newton iteration to standard output unless told not to.
        Linear.disableDebugOutput();
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> references() {
        return List.of("R.-E. Fan, K.-W. Chang, C.-J. Hsieh, X.-R. Wang, C.-J. Lin: LIBLINEAR: A Library for Large"
                + " Linear Classification. Journal of Machine Learning Research 9 (2008) 1871-1874.",
                "L. Galli, C.-J. Lin: A Study on Truncated Newton Methods for Linear Classification. IEEE"
                        + " Transactions on Neural Networks and Learning Systems 33 (2022) 2828-2841.",
                "B. Waldvogel: liblinear-java 2.44, de.bwaldvogel:liblinear (logistic regression; the linear SVM runs"
                        + " FilmLab's port of its Newton solver to dense arrays, with the same arithmetic).");
    }

    @Override
    public void validate(ParameterValues values, DataShape data, Problems problems) {
        if (data.classes() == 1) {
            problems.add(LOSS, "a classifier needs at least 2 classes, the data have 1");
        }
    }

    @Override
    public TrainedModel train(LabeledSamples training, ParameterValues values, long seed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "LIBLINEAR", 10);
        progress.checkCanceled();
        Problems problems = new Problems();
        validate(values, new DataShape(training.size(), training.features(), List.of(), List.of(),
                training.classCount()), problems);
        problems.requireNone();
        if (training.size() == 0) {
            throw new IllegalArgumentException("LIBLINEAR needs training rows, got none");
        }
        double[] classWeights = classWeights(training);
        Scaling scaling = values.getString(SCALING).equals(STANDARDIZE) ? Scaling.fit(training.x())
                : Scaling.identity(training.features().size());
        double bias = values.getDouble(BIAS);

        if (values.getString(LOSS).equals(LOGISTIC)) {
            return new LinearModel(logistic(training, values, scaling, bias, classWeights, seed, progress),
                    true, scaling, bias, training.classCount());
        }
        // The linear SVM on a dense matrix, the scaled rows written straight into it: LIBLINEAR's solver,
        // ported (SquaredHingeSvm), with the same result.
        double[][] x = training.x();
        LinearWeights weights = SquaredHingeSvm.train((row, into, offset) -> scaling.apply(x[row], bias, into, offset),
                training.features().size() + (bias > 0 ? 1 : 0), training.y(), values.getDouble(COMPLEXITY),
                values.getDouble(TOLERANCE), classWeights, progress.split(10));
        return new LinearModel(weights, false, scaling, bias, training.classCount());
    }

    /** Logistic regression by LIBLINEAR itself, on one {@code Feature} object per value. */
    private static LinearWeights logistic(LabeledSamples training, ParameterValues values, Scaling scaling,
            double bias, double[] classWeights, long seed, SubMonitor progress) {
        Problem problem = new Problem();
        problem.l = training.size();
        problem.n = training.features().size() + (bias > 0 ? 1 : 0);
        problem.bias = bias > 0 ? bias : -1;
        problem.x = new Feature[problem.l][];
        problem.y = new double[problem.l];
        for (int r = 0; r < problem.l; r++) {
            if (r % 65536 == 0) {
                progress.checkCanceled();
            }
            problem.x[r] = scaling.features(training.x()[r], bias);
            problem.y[r] = training.y()[r];
        }
        progress.split(2);
        de.bwaldvogel.liblinear.Parameter parameter = new de.bwaldvogel.liblinear.Parameter(SolverType.L2R_LR,
                values.getDouble(COMPLEXITY), values.getDouble(TOLERANCE));
        // The primal solvers draw no random numbers; a seeded source keeps that so should one ever do.
        parameter.setRandom(new Random(seed));
        int[] labels = new int[training.classCount()];
        for (int c = 0; c < labels.length; c++) {
            labels[c] = c;
        }
        parameter.setWeights(classWeights, labels);
        Model model = Linear.train(problem, parameter);
        progress.split(8);
        return new LinearWeights(model.getLabels(), model.getFeatureWeights(), problem.n);
    }

    /** Row weights as class weights: equal within each class, or an error saying so. */
    private static double[] classWeights(LabeledSamples training) {
        double[] weight = new double[training.classCount()];
        boolean[] seen = new boolean[weight.length];
        for (int r = 0; r < training.size(); r++) {
            int c = training.y()[r];
            double w = training.weights()[r];
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("LIBLINEAR needs positive finite row weights; row " + (r + 1)
                        + " has weight " + w);
            }
            if (!seen[c]) {
                seen[c] = true;
                weight[c] = w;
            } else if (weight[c] != w) {
                throw new IllegalArgumentException("LIBLINEAR weighs classes, not rows: rows of class " + (c + 1)
                        + " have weights " + weight[c] + " and " + w + " (use oversampling or class weights)");
            }
        }
        for (int c = 0; c < weight.length; c++) {
            if (!seen[c]) {
                weight[c] = 1.0;
            }
        }
        return weight;
    }

    /** Centring and scaling per feature; a constant feature is only centred. */
    record Scaling(double[] mean, double[] scale) {

        static Scaling identity(int features) {
            double[] one = new double[features];
            java.util.Arrays.fill(one, 1.0);
            return new Scaling(new double[features], one);
        }

        /** Mean and population standard deviation of the unweighted rows, as scikit-learn's StandardScaler. */
        static Scaling fit(double[][] x) {
            int d = x.length == 0 ? 0 : x[0].length;
            double[] mean = new double[d];
            double[] m2 = new double[d];
            for (int r = 0; r < x.length; r++) {
                // Welford's update: one pass, no cancellation for features far from 0.
                for (int f = 0; f < d; f++) {
                    double delta = x[r][f] - mean[f];
                    mean[f] += delta / (r + 1);
                    m2[f] += delta * (x[r][f] - mean[f]);
                }
            }
            double[] scale = new double[d];
            for (int f = 0; f < d; f++) {
                double sd = Math.sqrt(m2[f] / x.length);
                scale[f] = sd > 0 ? sd : 1.0;
            }
            return new Scaling(mean, scale);
        }

        /** The scaled row and the bias (if positive) into {@code into} from {@code offset}. */
        void apply(double[] row, double bias, double[] into, int offset) {
            for (int f = 0; f < row.length; f++) {
                into[offset + f] = (row[f] - mean[f]) / scale[f];
            }
            if (bias > 0) {
                into[offset + row.length] = bias;
            }
        }

        /** The scaled row and the bias as LIBLINEAR's sparse row, holding every value (zeros too). */
        Feature[] features(double[] row, double bias) {
            Feature[] out = new Feature[row.length + (bias > 0 ? 1 : 0)];
            for (int f = 0; f < row.length; f++) {
                out[f] = new FeatureNode(f + 1, (row[f] - mean[f]) / scale[f]);
            }
            if (bias > 0) {
                out[row.length] = new FeatureNode(row.length + 1, bias);
            }
            return out;
        }
    }
}
