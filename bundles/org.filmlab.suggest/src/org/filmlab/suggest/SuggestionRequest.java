// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest;

import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.filmlab.core.analysis.Prediction;
import org.filmlab.core.analysis.TrainedModel;

/**
 * What a suggester sees.
 *
 * @param conditions the condition keys, in the classifier's feature order
 * @param measured [film][condition] the conditions of the films made so far
 * @param properties each property of interest's measured values by key, per film (the objective first;
 *        only the properties the data have)
 * @param objective the property to improve, by key (σN: {@code sigmaN})
 * @param higherIsBetter whether a larger objective is better
 * @param limits the lab's stated limits on properties, by key: {@code [lowest, highest]} allowed
 *        (an infinite end for none; RD at most 5 %: {@code RD -> [-inf, 5]}); empty when none is stated
 * @param classes each film's quality class (1-based)
 * @param goodClass the class the workflow's quality rule calls good
 * @param criterion the rule's criterion for good, in words
 * @param classifier the classifier trained on every film (its labels are classes − 1)
 * @param foldModels the classifiers of the first cross-validation repeat's folds
 * @param candidates the recipes to choose from
 * @param count how many to pick
 * @param spacing the smallest distance between two picks, in units of each condition's range
 * @param seed the seed of every random choice
 */
public record SuggestionRequest(List<String> conditions, double[][] measured, Map<String, double[]> properties,
        String objective, boolean higherIsBetter, Map<String, double[]> limits, int[] classes, int goodClass, String criterion,
        TrainedModel classifier, List<TrainedModel> foldModels, CandidateGrid candidates, int count, double spacing,
        long seed) {

    public SuggestionRequest {
        conditions = List.copyOf(conditions);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        limits = Collections.unmodifiableMap(new LinkedHashMap<>(limits));
        foldModels = List.copyOf(foldModels);
    }

    /** The final classifier's probability of the good class at a candidate. */
    public double goodProbability(int candidate) {
        return good(classifier.predict(candidates.point(candidate)));
    }

    /**
     * {@link #goodProbability} of every candidate, in order, asked of the classifier in one batch
     * ({@link TrainedModel#predictAll}: faster for some classifiers than candidate by candidate).
     *
     * @throws IllegalStateException if the classifier does not predict every candidate, or predicts null for one
     */
    public double[] goodProbabilities() {
        double[][] points = new double[candidates.size()][];
        for (int c = 0; c < points.length; c++) {
            points[c] = candidates.point(c);
        }
        Prediction[] predicted = classifier.predictAll(points);
        if (predicted == null || predicted.length != points.length) {
            // A contributed classifier's mistake, named as such rather than as an index deep in a suggester.
            throw new IllegalStateException("the classifier predicted " + (predicted == null ? 0 : predicted.length)
                    + " of " + points.length + " candidate recipes");
        }
        double[] out = new double[points.length];
        for (int c = 0; c < out.length; c++) {
            if (predicted[c] == null) {
                throw new IllegalStateException("the classifier predicted nothing for candidate recipe " + (c + 1)
                        + " of " + points.length);
            }
            out[c] = good(predicted[c]);
        }
        return out;
    }

    private double good(Prediction p) {
        double[] d = p.distribution();
        return goodClass - 1 < d.length ? d[goodClass - 1] : 0.0;
    }
}
