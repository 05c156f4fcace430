// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.liblinear.internal;

import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;

/**
 * A trained LIBLINEAR model with the scaling fitted beside it. Immutable, so it may be called from
 * several threads at once.
 */
final class LinearModel implements TrainedModel {

    private final LinearWeights weights;
    private final boolean probabilities;
    private final LinearSvmClassifier.Scaling scaling;
    private final double bias;
    private final int classCount;

    /**
     * @param probabilities whether the model is logistic regression, whose distribution is its probabilities
     */
    LinearModel(LinearWeights weights, boolean probabilities, LinearSvmClassifier.Scaling scaling, double bias,
            int classCount) {
        this.weights = weights;
        this.probabilities = probabilities;
        this.scaling = scaling;
        this.bias = bias;
        this.classCount = classCount;
    }

    @Override
    public Prediction predict(double[] features) {
        double[] x = row(features);
        int[] labels = weights.labels();
        double[] distribution = new double[classCount];
        if (probabilities) {
            double[] probability = weights.probabilities(x);
            for (int k = 0; k < labels.length; k++) {
                distribution[labels[k]] = probability[k];
            }
        } else {
            softmax(decisionValues(x, labels), distribution);
        }
        int label = 0;
        for (int c = 1; c < classCount; c++) {
            if (distribution[c] > distribution[label]) {
                label = c;
            }
        }
        return new Prediction(label, distribution);
    }

    /**
     * The decision value of each class (by class index; classes absent from the training rows get
     * negative infinity). With two classes LIBLINEAR learns one function, for its first label; the
     * other class gets its negative.
     */
    double[] decisionValues(double[] features) {
        return decisionValues(row(features), weights.labels());
    }

    private double[] row(double[] features) {
        double[] x = new double[weights.n()];
        scaling.apply(features, bias, x, 0);
        return x;
    }

    private double[] decisionValues(double[] x, int[] labels) {
        double[] values = weights.decisionValues(x);
        double[] byClass = new double[classCount];
        java.util.Arrays.fill(byClass, Double.NEGATIVE_INFINITY);
        if (labels.length == 2) {
            byClass[labels[0]] = values[0];
            byClass[labels[1]] = -values[0];
        } else {
            for (int k = 0; k < labels.length; k++) {
                byClass[labels[k]] = values[k];
            }
        }
        return byClass;
    }

    private static void softmax(double[] scores, double[] into) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            into[c] = Math.exp(scores[c] - max);
            sum += into[c];
        }
        for (int c = 0; c < scores.length; c++) {
            into[c] /= sum;
        }
    }
}
