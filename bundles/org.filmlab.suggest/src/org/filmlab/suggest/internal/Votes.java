// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest.internal;

import java.util.List;

import org.filmlab.core.analysis.TrainedModel;

/** How far the cross-validation models agree at a recipe. */
public final class Votes {

    private Votes() {
    }

    /**
     * The share of the models that vote against their own majority: 0 when all agree, at most
     * 1 − 1/(classes) when they split evenly. Not against the final model: a recipe where the final
     * model stands alone but the fold models agree is not a recipe they disagree on.
     */
    public static double disagreement(List<TrainedModel> models, double[] recipe) {
        if (models.isEmpty()) {
            return 0.0;
        }
        int[] votes = new int[64];
        int most = 0;
        for (TrainedModel m : models) {
            int label = m.predict(recipe.clone()).label();
            if (label >= votes.length) {
                votes = java.util.Arrays.copyOf(votes, label + 1);
            }
            most = Math.max(most, ++votes[label]);
        }
        return (models.size() - most) / (double) models.size();
    }
}
