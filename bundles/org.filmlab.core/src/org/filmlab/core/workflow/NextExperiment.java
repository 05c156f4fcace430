// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A recipe worth making next, with why: a suggester's pick (uncertainty sampling, Bayesian
 * optimisation, a baseline), explained by what the models predict there.
 *
 * @param recipe the value of each classifier feature, by key, in feature order
 * @param predictedClass the class the final model predicts there
 * @param margin the final model's margin there (small: near a class boundary)
 * @param goodProbability the final model's probability that a film made there falls in the good class
 * @param disagreement the share of cross-validation models (first repeat) that vote against their
 *        majority there, {@code NaN} when the suggester did not ask them
 * @param predicted the predicted value of each property of interest with its uncertainty, by key
 *        (empty when the suggester models no property)
 * @param acquisition the suggester's score for the recipe, higher is better ({@code NaN} for draws
 *        that score nothing)
 * @param why the reason in words, naming the figures the suggester went by
 */
public record NextExperiment(Map<String, Double> recipe, int predictedClass, double margin, double goodProbability,
        double disagreement, Map<String, Estimate> predicted, double acquisition, String why) {

    public NextExperiment {
        recipe = Collections.unmodifiableMap(new LinkedHashMap<>(recipe));
        // Results written before suggesters had neither field.
        predicted = predicted == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(predicted));
        why = why == null ? "" : why;
    }

    /**
     * A predicted property value.
     *
     * @param value the prediction (for a property modelled on a log scale, its median)
     * @param sd its standard deviation (for a log-scale model, by the delta method: value × sd of the log)
     */
    public record Estimate(double value, double sd) {
    }
}
