// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.filmlab.core.workflow.NextExperiment;

/**
 * One recipe a suggester picked, with its own part of the reason; the step adds what the classifier
 * says there.
 *
 * @param candidate the index of the recipe in the request's {@link CandidateGrid}
 * @param acquisition the suggester's score, higher is better (0 for draws that score nothing)
 * @param predicted the properties it predicts there with their uncertainty, by key (may be empty)
 * @param why the reason in words
 */
public record Pick(int candidate, double acquisition, Map<String, NextExperiment.Estimate> predicted, String why) {

    public Pick {
        predicted = Collections.unmodifiableMap(new LinkedHashMap<>(predicted));
        if (!Double.isFinite(acquisition)) {
            throw new IllegalArgumentException("acquisition must be a finite number, not " + acquisition);
        }
    }
}
