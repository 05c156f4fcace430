// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.workflow;

import java.util.Map;

/**
 * A recipe worth making next: where the classifier is least sure, so that the film teaches the
 * model most.
 *
 * @param recipe the value of each classifier feature, by key, in feature order
 * @param predictedClass the class the final model predicts there
 * @param margin the final model's margin there (small: near a class boundary)
 * @param disagreement the share of cross-validation models (first repeat) that predict another class
 */
public record NextExperiment(Map<String, Double> recipe, int predictedClass, double margin, double disagreement) {

    /** How much the recipe is worth making: uncertainty of the final model plus disagreement of the others. */
    public double score() {
        return (1 - margin) + disagreement;
    }
}
