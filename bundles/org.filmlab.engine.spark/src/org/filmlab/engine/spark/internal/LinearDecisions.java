// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.engine.spark.internal;

import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A one-vs-rest linear model Spark trained, as its decision functions in the features' own units:
 * the class is the one with the largest decision value (the first of equals, as the job's confusion
 * counts and FilmLab's LIBLINEAR models predict), the distribution the softmax of the decision
 * values, as FilmLab's LIBLINEAR classifier reports it (scores, not calibrated probabilities). A
 * class the model was not trained on has intercept −∞.
 */
record LinearDecisions(double[][] weights, double[] intercepts) implements TrainedModel {

    static LinearDecisions of(JsonNode model) {
        int k = model.get("intercepts").size();
        double[][] w = new double[k][];
        double[] b = new double[k];
        for (int c = 0; c < k; c++) {
            JsonNode row = model.get("weights").get(c);
            w[c] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                w[c][j] = row.get(j).asDouble();
            }
            b[c] = model.get("intercepts").get(c).asDouble();
        }
        return new LinearDecisions(w, b);
    }

    @Override
    public Prediction predict(double[] features) {
        int k = intercepts.length;
        double[] decision = new double[k];
        int best = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double v = intercepts[c];
            for (int j = 0; j < features.length; j++) {
                v += weights[c][j] * features[j];
            }
            decision[c] = v;
            if (v > max) {
                max = v;
                best = c;
            }
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            decision[c] = Math.exp(decision[c] - max);
            sum += decision[c];
        }
        for (int c = 0; c < k; c++) {
            decision[c] /= sum;
        }
        return new Prediction(best, decision);
    }
}
